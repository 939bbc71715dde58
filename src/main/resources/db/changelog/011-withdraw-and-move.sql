--liquibase formatted sql

--changeset justera:011-withdraw-and-move
-- A meeting an administrator has withdrawn (se.justera.protocol.MeetingAdministration): it leaves the
-- lists, the findings' lists and statistics and re-evaluation, and keeps its versions and audit trail.
-- All three are set together, or none.
alter table meeting add column withdrawn_at timestamptz;
alter table meeting add column withdrawn_by text;
alter table meeting add column withdrawn_reason text;
alter table meeting add constraint meeting_withdrawal_whole check (
    (withdrawn_at is null and withdrawn_by is null and withdrawn_reason is null)
    or (withdrawn_at is not null and withdrawn_by is not null and withdrawn_reason is not null));
