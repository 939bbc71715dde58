--liquibase formatted sql

--changeset justera:003-audit-log
-- Every mutation: who, when, what, outcome. Append-only: the trigger below refuses UPDATE, DELETE
-- and TRUNCATE for every database user, the application's included.
create table audit_log (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default clock_timestamp(),
    actor       text not null,
    roles       text not null,
    operation   text not null,
    arguments   json not null,
    outcome     text not null check (outcome in ('OK', 'ERROR')),
    error_code  text,
    message     text
);
create index audit_log_actor_idx on audit_log (actor, id);

--changeset justera:003-audit-log-append-only splitStatements:false
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op;
end
$$;

--changeset justera:003-audit-log-triggers
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();

revoke update, delete, truncate on audit_log from public;
