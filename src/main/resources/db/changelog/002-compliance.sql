--liquibase formatted sql

--changeset justera:002-compliance
-- Rule configuration: local facts the rules read. Null means "not configured".
alter table body add column seats int check (seats > 0);
alter table body add column checking_days int not null default 14 check (checking_days between 0 and 365);
alter table municipality add column overrun_threshold_percent numeric(6, 3)
    check (overrun_threshold_percent >= 0 and overrun_threshold_percent <= 100);

-- Which budget rows are committees (nämnder), per municipality. A municipality with rows here
-- uses only them; one without falls back to the row's name (… nämnd / nämnden).
create table budget_unit (
    municipality_id bigint  not null references municipality (id) on delete cascade,
    label           text    not null check (length(trim(label)) > 0),
    committee       boolean not null,
    note            text,
    primary key (municipality_id, label)
);

-- What the rules found in a stored meeting; replaced whenever the meeting, its configuration or the
-- rules change, so it always reflects the current data and rules.
create table finding (
    id                 text   primary key,
    meeting_id         bigint not null references meeting (id) on delete cascade,
    rule_id            text   not null,
    severity           text   not null check (severity in ('VIOLATION', 'WARNING', 'INFO')),
    paragraph          int,
    budget_report      int,
    budget_line        int,
    subject            text   not null,
    message_sv         text   not null,
    message_en         text   not null,
    legal_basis        text   not null,
    evidence           json   not null, -- json, not jsonb: keeps the order the rule gave its figures
    ruleset_version    text   not null,
    evaluated_at       timestamptz not null default now()
);
create index finding_meeting_idx on finding (meeting_id, paragraph);
create index finding_rule_idx on finding (rule_id, severity);
