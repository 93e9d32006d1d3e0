#!/usr/bin/env bash
# npm run stop: stops the apps that npm start launched.
cd "$(dirname "$0")/.."
for pidfile in .run/*.pid; do
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  kill "$pid" 2>/dev/null && [ "${1:-}" != "--quiet" ] && echo "stopped $(basename "$pidfile" .pid)"
  rm -f "$pidfile"
done
exit 0
