#!/bin/sh
# Runs once, when docker-compose's PostgreSQL starts on an empty volume: the two roles Justera
# expects (README: Database roles). The owner runs the migrations; the app reads and writes rows only.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<EOSQL
create role justera_owner login password '$JUSTERA_OWNER_PASSWORD';
create role justera_app login password '$JUSTERA_APP_PASSWORD';
alter schema public owner to justera_owner;
revoke create on schema public from public;
grant usage on schema public to justera_app;
EOSQL
