--liquibase formatted sql

-- What the application's role (${appRole}, the app's spring.datasource.username) may do, granted by
-- the owner who runs the migrations: rows in every table, but never the tables themselves (no DDL,
-- no triggers: only an owner or a superuser can alter them). The audit log takes new rows and
-- nothing else: not its id or time (their defaults stand, so no row can be back-dated), no update,
-- no delete, no truncate. Runs at every start, so tables added since are covered; default privileges
-- cover tables the owner creates later. Skipped where the app and the owner are one role.

--changeset justera:006-app-role-privileges runAlways:true
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:1 select count(*) from pg_roles where rolname = '${appRole}' and rolname <> current_user
grant usage on schema public to "${appRole}";
grant select, insert, update, delete on all tables in schema public to "${appRole}";
-- update: the corpus generator reserves id ranges with setval; never the audit log's
grant usage, select, update on all sequences in schema public to "${appRole}";
revoke all on audit_log from "${appRole}";
revoke update on sequence audit_log_id_seq from "${appRole}";
grant select on audit_log to "${appRole}";
grant insert (actor, roles, operation, arguments, outcome, error_code, message) on audit_log to "${appRole}";
revoke all on databasechangelog, databasechangeloglock from "${appRole}";
alter default privileges in schema public grant select, insert, update, delete on tables to "${appRole}";
alter default privileges in schema public grant usage, select, update on sequences to "${appRole}";
