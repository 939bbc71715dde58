--liquibase formatted sql

-- Rules as a versioned artifact shared by every node, and re-evaluation as durable work.
-- The app role gets select, insert, update and delete on these tables from changelog 006 (default
-- privileges when they are created, and its grant on all tables at every start); nothing here needs
-- more. Stored rule files cannot be changed once written: their hash is the ruleset's identity.

--changeset justera:007-ruleset
-- Every ruleset ever staged: who reloaded it, from which files, and how its staging ended. At most
-- one is ACTIVE (the one every node serves) and at most one is STAGING at a time.
create table ruleset (
    id          bigint generated always as identity primary key,
    version     text   not null,
    state       text   not null check (state in ('STAGING', 'ACTIVE', 'RETIRED', 'FAILED', 'CANCELLED')),
    rule_count  int    not null,
    -- how many stored meetings its staging evaluated
    meetings    int,
    created_by  text   not null,
    created_at  timestamptz not null default clock_timestamp(),
    node        text   not null,
    finished_at timestamptz,
    finished_by text,
    -- why it failed or was cancelled, in one sentence
    message     text,
    -- the rules that failed its staging: rule id, name, file, line, meeting and cause
    failures    json
);
create unique index ruleset_one_active_uq on ruleset ((true)) where state = 'ACTIVE';
create unique index ruleset_one_staging_uq on ruleset ((true)) where state = 'STAGING';

create table ruleset_file (
    ruleset_id bigint not null references ruleset (id),
    name       text   not null,
    sha256     text   not null,
    content    text   not null,
    primary key (ruleset_id, name)
);

-- Meetings whose findings must be computed again. target 0: with the active ruleset; otherwise the
-- id of the ruleset being staged. A node takes a batch with FOR UPDATE SKIP LOCKED and marks it done
-- in the transaction that writes its findings, so a node that dies leaves its batch to the others.
create table reevaluation (
    target     bigint not null default 0,
    meeting_id bigint not null references meeting (id) on delete cascade,
    state      text   not null default 'QUEUED' check (state in ('QUEUED', 'DONE', 'FAILED')),
    reason     text   not null,
    queued_at  timestamptz not null default clock_timestamp(),
    done_at    timestamptz,
    done_by    text,
    attempts   int    not null default 0,
    error      text,
    primary key (target, meeting_id)
);
create index reevaluation_queued_idx on reevaluation (target desc, meeting_id) where state = 'QUEUED';

-- What a staging ruleset found, per meeting, until it becomes active (then these replace the
-- findings in one transaction) or fails (then they are dropped).
create table finding_stage (
    ruleset_id    bigint not null references ruleset (id) on delete cascade,
    meeting_id    bigint not null references meeting (id) on delete cascade,
    id            text   not null,
    rule_id       text   not null,
    severity      text   not null check (severity in ('VIOLATION', 'WARNING', 'INFO')),
    paragraph     int,
    budget_report int,
    budget_line   int,
    subject       text   not null,
    message_sv    text   not null,
    message_en    text   not null,
    legal_basis   text   not null,
    evidence      json   not null,
    primary key (ruleset_id, id)
);
create index finding_stage_meeting_idx on finding_stage (ruleset_id, meeting_id);

--changeset justera:007-ruleset-file-immutable splitStatements:false
create function ruleset_file_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'ruleset_file is immutable: % is not allowed (a ruleset''s files are its identity)', tg_op;
end
$$;

--changeset justera:007-ruleset-file-triggers
create trigger ruleset_file_no_change before update or delete on ruleset_file
    for each row execute function ruleset_file_immutable();
