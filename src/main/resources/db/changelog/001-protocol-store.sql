--liquibase formatted sql

--changeset justera:001-protocol-store
create table municipality (
    id   bigint generated always as identity primary key,
    name text not null check (length(trim(name)) > 0)
);
create unique index municipality_name_uq on municipality (lower(name));

create table body (
    id              bigint generated always as identity primary key,
    municipality_id bigint not null references municipality (id),
    name            text   not null check (length(trim(name)) > 0),
    kind            text   not null check (kind in ('COUNCIL', 'EXECUTIVE_BOARD', 'COMMITTEE', 'JOINT_COMMITTEE',
                                                    'WORKING_COMMITTEE', 'JOINT_AUTHORITY', 'OTHER'))
);
create unique index body_name_uq on body (municipality_id, lower(name));

create table person (
    id              bigint generated always as identity primary key,
    municipality_id bigint not null references municipality (id),
    name            text   not null check (length(trim(name)) > 0)
);
create unique index person_name_uq on person (municipality_id, name);

create table meeting (
    id                bigint generated always as identity primary key,
    body_id           bigint not null references body (id),
    meeting_date      date   not null,
    starts_at         time,
    ends_at           time,
    place             text,
    secretary         text,
    checking_date     date,
    checking_time     time,
    checking_place    text,
    first_paragraph   int,
    last_paragraph    int,
    source_sha256     text   not null,
    imported_at       timestamptz not null default now(),
    constraint meeting_body_date_uq unique (body_id, meeting_date),
    constraint meeting_paragraph_range_ck check (first_paragraph is null or last_paragraph is null
                                                 or first_paragraph <= last_paragraph),
    constraint meeting_times_ck check (starts_at is null or ends_at is null or starts_at <= ends_at)
);

-- The text as imported: kept for re-parsing with a better parser and for later correction history.
create table protocol_source (
    meeting_id bigint primary key references meeting (id) on delete cascade,
    text       text   not null
);

create table attendance (
    id                 bigint generated always as identity primary key,
    meeting_id         bigint not null references meeting (id) on delete cascade,
    position           int    not null,
    person_id          bigint not null references person (id),
    party              text,
    role               text   not null check (role in ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'SERVING_SUBSTITUTE',
                                                       'NON_SERVING_SUBSTITUTE', 'OTHER_ATTENDEE')),
    title              text,
    replaces_person_id bigint references person (id),
    -- null: the whole meeting; otherwise the § numbers the person took part in
    paragraphs         int[],
    paragraphs_note    text,
    constraint attendance_person_uq unique (meeting_id, person_id),
    constraint attendance_position_uq unique (meeting_id, position)
);

create table minutes_checker (
    meeting_id bigint not null references meeting (id) on delete cascade,
    position   int    not null,
    person_id  bigint not null references person (id),
    primary key (meeting_id, position),
    constraint minutes_checker_person_uq unique (meeting_id, person_id)
);

create table signature (
    meeting_id bigint not null references meeting (id) on delete cascade,
    position   int    not null,
    role       text   not null,
    name       text   not null,
    primary key (meeting_id, position)
);

create table notice (
    meeting_id              bigint primary key references meeting (id) on delete cascade,
    body_name               text,
    meeting_date            date,
    posted_on               date,
    removed_on              date,
    minutes_kept_at         text,
    stated_appeal_deadline  date,
    signed_by               text,
    constraint notice_dates_ck check (posted_on is null or removed_on is null or posted_on <= removed_on)
);

create table paragraph (
    id               bigint generated always as identity primary key,
    meeting_id       bigint not null references meeting (id) on delete cascade,
    position         int    not null,
    number           int    not null check (number >= 0),
    case_number      text,
    title            text   not null,
    heading          text,
    kind             text   not null check (kind in ('DECISION', 'PROPOSAL_TO_COUNCIL', 'INFORMATION')),
    decision_heading text,
    decision_text    text,
    description      text,
    constraint paragraph_number_uq unique (meeting_id, number),
    constraint paragraph_position_uq unique (meeting_id, position)
);

create table decision_point (
    paragraph_id bigint not null references paragraph (id) on delete cascade,
    number       int    not null,
    text         text   not null,
    primary key (paragraph_id, number)
);

-- Every headed section of a paragraph (Ärendebeskrivning, Yttrande, Beslutsgång...) in order.
create table paragraph_section (
    paragraph_id bigint not null references paragraph (id) on delete cascade,
    position     int    not null,
    heading      text,
    text         text   not null,
    primary key (paragraph_id, position)
);

create table supporting_document (
    paragraph_id bigint not null references paragraph (id) on delete cascade,
    position     int    not null,
    title        text   not null,
    primary key (paragraph_id, position)
);

create table recusal (
    paragraph_id bigint not null references paragraph (id) on delete cascade,
    person_id    bigint not null references person (id),
    note         text   not null,
    primary key (paragraph_id, person_id)
);

create table proposal (
    paragraph_id bigint not null references paragraph (id) on delete cascade,
    position     int    not null,
    person_id    bigint not null references person (id),
    party        text,
    text         text   not null,
    primary key (paragraph_id, position)
);

create table vote (
    id            bigint generated always as identity primary key,
    paragraph_id  bigint not null references paragraph (id) on delete cascade,
    position      int    not null,
    proposition   text,
    yes_count     int check (yes_count >= 0),
    no_count      int check (no_count >= 0),
    abstain_count int check (abstain_count >= 0),
    result_text   text,
    constraint vote_position_uq unique (paragraph_id, position)
);

create table ballot (
    vote_id   bigint not null references vote (id) on delete cascade,
    position  int    not null,
    person_id bigint not null references person (id),
    party     text,
    choice    text   not null check (choice in ('YES', 'NO', 'ABSTAIN')),
    primary key (vote_id, position),
    constraint ballot_person_uq unique (vote_id, person_id)
);

create table reservation (
    paragraph_id bigint not null references paragraph (id) on delete cascade,
    person_id    bigint not null references person (id),
    party        text,
    text         text   not null,
    primary key (paragraph_id, person_id)
);

create table motion (
    id           bigint generated always as identity primary key,
    paragraph_id bigint not null unique references paragraph (id) on delete cascade,
    party        text,
    title        text   not null,
    outcome      text check (outcome in ('GRANTED', 'REJECTED', 'ANSWERED', 'REFERRED_BACK'))
);

create table motion_claim (
    motion_id bigint not null references motion (id) on delete cascade,
    position  int    not null,
    text      text   not null,
    primary key (motion_id, position)
);

create table budget_report (
    id           bigint generated always as identity primary key,
    paragraph_id bigint not null references paragraph (id) on delete cascade,
    position     int    not null,
    title        text,
    amount_unit  text   not null,
    period       text,
    full_year    text,
    constraint budget_report_position_uq unique (paragraph_id, position)
);

create table budget_line (
    id                bigint generated always as identity primary key,
    report_id         bigint not null references budget_report (id) on delete cascade,
    position          int    not null,
    parent_id         bigint references budget_line (id),
    label             text,
    level             text   not null check (level in ('TOTAL', 'GROUP', 'DETAIL')),
    emphasis          text   not null check (emphasis in ('BOLD', 'ITALIC', 'NONE')),
    period_budget     bigint,
    period_actual     bigint,
    period_deviation  bigint,
    year_budget       bigint,
    year_forecast     bigint,
    year_deviation    bigint,
    constraint budget_line_position_uq unique (report_id, position),
    -- a heading row carries no figures; every other row carries all six
    constraint budget_line_figures_ck check (
        (level = 'GROUP' and period_budget is null and year_budget is null)
        or (level <> 'GROUP' and period_budget is not null and period_actual is not null
            and period_deviation is not null and year_budget is not null
            and year_forecast is not null and year_deviation is not null))
);

create table budget_note (
    paragraph_id         bigint  not null references paragraph (id) on delete cascade,
    position             int     not null,
    unit                 text    not null,
    amount               bigint,
    text                 text    not null,
    action_plan_reported boolean not null,
    primary key (paragraph_id, position)
);

create table delegated_decision (
    paragraph_id bigint not null references paragraph (id) on delete cascade,
    position     int    not null,
    delegate     text,
    text         text   not null,
    primary key (paragraph_id, position)
);

create table message (
    paragraph_id bigint not null references paragraph (id) on delete cascade,
    position     int    not null,
    text         text   not null,
    primary key (paragraph_id, position)
);

create table data_table (
    id           bigint generated always as identity primary key,
    paragraph_id bigint not null references paragraph (id) on delete cascade,
    position     int    not null,
    title        text,
    constraint data_table_position_uq unique (paragraph_id, position)
);

create table data_table_row (
    table_id bigint  not null references data_table (id) on delete cascade,
    position int     not null,
    header   boolean not null,
    cells    text[]  not null,
    primary key (table_id, position)
);

create index meeting_date_idx on meeting (meeting_date, id);
create index paragraph_meeting_idx on paragraph (meeting_id);
create index attendance_meeting_idx on attendance (meeting_id);
create index budget_report_paragraph_idx on budget_report (paragraph_id);
create index budget_line_report_idx on budget_line (report_id);
create index vote_paragraph_idx on vote (paragraph_id);
