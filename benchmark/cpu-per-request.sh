#!/usr/bin/env bash
# CPU per request of a running server and of PostgreSQL, around one wrk run with 8 connections:
#   benchmark/cpu-per-request.sh URL BODY.json SECONDS 'PROCESS PATTERN' [WRK SCRIPT.lua]
# e.g. benchmark/cpu-per-request.sh http://localhost:8080/graphql <(echo '{"query":"{ __typename }"}') 20 'JusteraApplication'
#      benchmark/cpu-per-request.sh http://localhost:5678/graphql <(echo '{"query":"{ __typename }"}') 20 'node server.mjs'
#      benchmark/cpu-per-request.sh http://localhost:8080/graphql /dev/null 10 'JusteraApplication' benchmark/wrk/quorum.lua
# (benchmark/wrk/: the mix's queries for Justera's schema, inputs drawn per request; the deep page's
# cursor is in the middle of `generate --meetings 100000`)
# Prints req/s, the server's and PostgreSQL's CPU time per request (user + system, from /proc, over
# all processes matching the pattern and all postgres processes: run nothing else on the database).
set -euo pipefail
url=$1; body=$(cat "$2"); seconds=$3; pattern=$4; script=${5:-}
if [ -z "$script" ]; then
  script=$(mktemp --suffix .lua)
  trap 'rm -f "$script"' EXIT
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [==[%s]==]\n' "$body" > "$script"
fi
ticks() { local sum=0; for p in "$@"; do sum=$((sum + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo $sum; }
servers=$(pgrep -f "$pattern" | tr "\n" " " || true); databases=$(pgrep -x postgres | tr "\n" " " || true)
s0=$(ticks $servers); d0=$(ticks $databases)
out=$(wrk -t2 -c8 -d"${seconds}s" -s "$script" "$url")
s1=$(ticks $servers); d1=$(ticks $databases)
requests=$(echo "$out" | awk '/requests in/ {print $1}')
hz=$(getconf CLK_TCK)
echo "$out" | grep -E "Requests/sec|Non-2xx" || true
echo "server CPU per request: $(( (s1 - s0) * 1000000 / hz / requests )) µs; PostgreSQL: $(( (d1 - d0) * 1000000 / hz / requests )) µs"
