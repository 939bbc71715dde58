--liquibase formatted sql

--changeset justera:013-withdrawn-meetings-index
-- Lists of findings leave out withdrawn meetings with an anti-join on the few that are withdrawn
-- (compliance.FindingRepository): this index makes that set a small index scan.
create index meeting_withdrawn on meeting (id) where withdrawn_at is not null;
