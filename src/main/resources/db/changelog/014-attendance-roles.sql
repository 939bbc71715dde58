--liquibase formatted sql

--changeset justera:014-attendance-roles
-- One person may hold two roles at one meeting: a substitute who does not serve (ej tjänstgörande
-- ersättare) but serves for a member during some paragraphs has one row per role, each with the
-- paragraphs that role covers. One row per person, meeting and role; the rows already stored keep.
alter table attendance drop constraint attendance_person_uq;
alter table attendance add constraint attendance_person_role_uq unique (meeting_id, person_id, role);
