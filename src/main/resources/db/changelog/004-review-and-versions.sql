--liquibase formatted sql

--changeset justera:004-review
-- Findings are no longer replaced but kept: one whose cause is gone is marked absent, so that its
-- review history stays. status is the latest review decision, kept here for the work list.
alter table finding add column present boolean not null default true;
alter table finding add column status text not null default 'OPEN'
    check (status in ('OPEN', 'ACKNOWLEDGED', 'DISMISSED', 'RESOLVED'));
alter table finding add column assignee text;
alter table finding add column first_seen_at timestamptz not null default now();
alter table finding add column last_seen_at timestamptz not null default now();
create index finding_work_list_idx on finding (status, severity) where present;

create table finding_review (
    id            bigint generated always as identity primary key,
    finding_id    text   not null references finding (id) on delete cascade,
    action        text   not null check (action in ('ACKNOWLEDGE', 'DISMISS', 'RESOLVE', 'REOPEN', 'ASSIGN', 'COMMENT')),
    actor         text   not null,
    at            timestamptz not null default clock_timestamp(),
    justification text,
    assignee      text,
    comment       text,
    -- the finding's figures when the action was taken: a dismissal holds only for these
    evidence      json   not null,
    constraint finding_review_dismissal_ck check (action <> 'DISMISS' or length(trim(justification)) > 0),
    constraint finding_review_assign_ck check (action <> 'ASSIGN' or length(trim(assignee)) > 0),
    constraint finding_review_comment_ck check (action <> 'COMMENT' or length(trim(comment)) > 0)
);
create index finding_review_finding_idx on finding_review (finding_id, id);

--changeset justera:004-versions
-- Every text a meeting's minutes have had: the import is version 1, each correction the next.
create table meeting_version (
    meeting_id bigint not null references meeting (id) on delete cascade,
    version    int    not null check (version > 0),
    sha256     text   not null,
    text       text   not null,
    created_at timestamptz not null default clock_timestamp(),
    created_by text   not null,
    reason     text   not null,
    primary key (meeting_id, version)
);
insert into meeting_version (meeting_id, version, sha256, text, created_at, created_by, reason)
select m.id, 1, m.source_sha256, s.text, m.imported_at, 'unknown', 'import'
from meeting m join protocol_source s on s.meeting_id = m.id;
