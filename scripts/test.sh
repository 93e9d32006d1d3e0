#!/usr/bin/env bash
# npm test: every layer (unit, integration, end-to-end, browser) against real PostgreSQL,
# Redis and Chromium, which it makes available first. Extra arguments go to Jest.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh

ensure_node
ensure_dependencies
export DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hearth_test}"
export REDIS_URL="${TEST_REDIS_URL:-redis://127.0.0.1:6379}"
ensure_postgres
ensure_redis
ensure_redis_server_binary
ensure_chromium

say "type-checking"
npx tsc -p tsconfig.json --noEmit
say "checking module boundaries (libs/domain stays framework-free)"
npx depcruise libs apps scripts --config .dependency-cruiser.js --output-type err
say "running tests"
npx jest --runInBand "$@"
