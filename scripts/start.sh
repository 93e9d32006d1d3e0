#!/usr/bin/env bash
# npm start: from a fresh clone to the whole platform running. Installs dependencies, makes
# PostgreSQL and Redis available, creates and migrates the database, loads demo data, builds
# and starts the three apps, and prints their URLs. Ctrl-C stops them.
#   --detach   leave the apps running in the background (stop with: npm run stop)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh

ensure_node
ensure_dependencies
if [ ! -f .env ]; then
  say "creating .env with fresh secrets"
  secret() { node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))'; }
  sed -e "s|^AUTH_JWT_SECRET=.*|AUTH_JWT_SECRET=$(secret)|" -e "s|^SESSION_SECRET=.*|SESSION_SECRET=$(secret)|" .env.example > .env
fi
load_env_file
ensure_postgres
ensure_redis

say "building"
bash scripts/ensure-built.sh
say "migrating the database"
node dist/scripts/migrate.js
say "loading demo data"
node dist/scripts/seed-demo.js
# A small synthetic England for the placement and sufficiency pages, once: later starts keep your changes.
if ! node -e 'const {Client}=require("pg");const c=new Client({connectionString:process.env.DATABASE_URL||"postgres://postgres@127.0.0.1:5432/hearth"});c.connect().then(()=>c.query("SELECT 1 FROM fostering_household LIMIT 1")).then((r)=>{c.end();process.exit(r.rowCount?0:1)},()=>process.exit(1))'; then
  node dist/scripts/seed.js --scale demo
fi

mkdir -p .run
bash scripts/stop.sh --quiet || true
for app in recruitment matching workers; do
  node "dist/apps/$app/src/main.js" >> ".run/$app.log" 2>&1 &
  echo $! > ".run/$app.pid"
done

wait_healthy() { # name url
  for _ in $(seq 1 60); do
    curl -fsS "$2" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  fail "$1 did not become healthy: see .run/$1.log"
}
wait_healthy recruitment "http://${HOST:-127.0.0.1}:${RECRUITMENT_PORT:-3000}/health"
wait_healthy matching "http://${HOST:-127.0.0.1}:${MATCHING_PORT:-3001}/health"
kill -0 "$(cat .run/workers.pid)" 2>/dev/null || fail "workers did not start: see .run/workers.log"

base="http://${HOST:-127.0.0.1}"
cat <<MSG

Hearth is running (logs in .run/):
  Enquire about fostering   $base:${RECRUITMENT_PORT:-3000}/
  Recruitment API docs      $base:${RECRUITMENT_PORT:-3000}/api/docs
  Placement team pages      $base:${MATCHING_PORT:-3001}/   (development sign-in: placement-officer, council:E08000003)
  Sufficiency dashboard     $base:${MATCHING_PORT:-3001}/sufficiency   (development sign-in: rcc-analyst, region:E12000002)
  Matching API docs         $base:${MATCHING_PORT:-3001}/api/docs
  Health                    $base:${RECRUITMENT_PORT:-3000}/health  $base:${MATCHING_PORT:-3001}/health
  Workers                   pid $(cat .run/workers.pid)
  A staff token             npm run token -- --role recruitment-officer --scope service:LA-E09000033

MSG
if [ "${1:-}" = "--detach" ]; then
  say "running in the background; stop with: npm run stop"
  exit 0
fi
say "press Ctrl-C to stop"
trap 'bash scripts/stop.sh; exit 0' INT TERM
wait
