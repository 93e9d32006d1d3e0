#!/usr/bin/env bash
# Builds dist/ only when a source file changed since the last build, so commands like
# `npm run token` and `npm run geo:import` always run current code without a slow rebuild.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=dist/.built
if [ ! -f "$stamp" ] || [ -n "$(find apps libs scripts bench tsconfig.json tsconfig.build.json package-lock.json -newer "$stamp" -name '*.ts' -o -newer "$stamp" -name '*.json' 2>/dev/null | head -n1)" ]; then
  echo "[hearth] building" >&2
  npx tsc -p tsconfig.build.json && npx tsc-alias -p tsconfig.build.json
  touch "$stamp"
fi
