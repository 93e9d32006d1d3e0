#!/usr/bin/env bash
# Shared by start.sh and test.sh: make sure Node, dependencies, PostgreSQL, Redis (and,
# for tests, Chromium) are there. Uses running services; on Debian/Ubuntu installs and
# starts missing ones; elsewhere says exactly what is missing.

say() { printf '\033[1m[hearth]\033[0m %s\n' "$*"; }
fail() { printf '\033[31m[hearth] %s\033[0m\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

can_apt() { command -v apt-get >/dev/null && { [ "$(id -u)" = 0 ] || command -v sudo >/dev/null; }; }

apt_install() {
  say "installing $* with apt-get"
  if [ -z "${HEARTH_APT_UPDATED:-}" ]; then as_root apt-get update -qq || true; HEARTH_APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

ensure_node() {
  command -v node >/dev/null || fail "Node.js 20.19 or newer is needed: https://nodejs.org/ (or your package manager)"
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)' \
    || fail "Node.js 20.19 or newer is needed (found $(node --version))"
}

ensure_dependencies() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm dependencies (npm ci)"
    npm ci --no-audit --no-fund
  fi
}

# host and port from a URL like postgres://user@host:port/db
url_host() { node -e 'const u=new URL(process.argv[1]);console.log(u.hostname||"127.0.0.1")' "$1"; }
url_port() { node -e 'const u=new URL(process.argv[1]);console.log(u.port||process.argv[2])' "$1" "$2"; }

port_open() { node -e 'const s=require("net").connect(+process.argv[2],process.argv[1]);s.on("connect",()=>process.exit(0));s.on("error",()=>process.exit(1));setTimeout(()=>process.exit(1),1000)' "$1" "$2"; }

wait_for_port() { # host port name
  for _ in $(seq 1 60); do port_open "$1" "$2" && return 0; sleep 0.5; done
  return 1
}

ensure_postgres() {
  local url="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hearth}" host port
  host=$(url_host "$url"); port=$(url_port "$url" 5432)
  port_open "$host" "$port" && return 0
  case "$host" in 127.0.0.1|localhost|::1) ;; *) fail "PostgreSQL is not reachable at $host:$port (DATABASE_URL). Start it, or point DATABASE_URL at a running server.";; esac
  if ! command -v pg_ctlcluster >/dev/null; then
    can_apt || fail "PostgreSQL is not running on $host:$port and cannot be installed here. Install PostgreSQL 15+ (or use docker/compose.yaml), then run this again."
    apt_install postgresql
  fi
  say "starting PostgreSQL"
  local version; version=$(ls /etc/postgresql | sort -V | tail -n1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || as_root service postgresql start || true
  wait_for_port "$host" "$port" || fail "PostgreSQL did not start on $host:$port"
  # A packaged server only trusts its socket: let the local postgres role connect over TCP.
  if ! PGCONNECT_TIMEOUT=3 psql "postgres://postgres@$host:$port/postgres" -c 'select 1' >/dev/null 2>&1; then
    fail "PostgreSQL runs, but postgres@$host:$port refuses the connection. Set DATABASE_URL in .env to a user and password that can create databases."
  fi
}

ensure_redis() {
  local url="${REDIS_URL:-redis://127.0.0.1:6379}" host port
  host=$(url_host "$url"); port=$(url_port "$url" 6379)
  port_open "$host" "$port" && return 0
  case "$host" in 127.0.0.1|localhost|::1) ;; *) fail "Redis is not reachable at $host:$port (REDIS_URL). Start it, or point REDIS_URL at a running server.";; esac
  if ! command -v redis-server >/dev/null; then
    can_apt || fail "Redis is not running on $host:$port and cannot be installed here. Install Redis 7 (or use docker/compose.yaml), then run this again."
    apt_install redis-server
  fi
  say "starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save "" --appendonly no >/dev/null
  wait_for_port "$host" "$port" || fail "Redis did not start on $host:$port"
}

# The workers' fault tests start and stop a throwaway redis-server of their own, even when the
# shared Redis runs elsewhere (e.g. in a container), so the binary itself must be here.
ensure_redis_server_binary() {
  command -v redis-server >/dev/null && return 0
  can_apt || fail "The fault tests need the redis-server program (Redis 7). Install it (e.g. brew install redis), then run this again."
  apt_install redis-server
}

ensure_chromium() {
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && return 0
  can_apt || fail "Browser tests need Chromium at /usr/bin/chromium (or set CHROMIUM_PATH). On Debian: apt-get install chromium"
  apt_install chromium
}

load_env_file() {
  if [ -f .env ]; then set -a; . ./.env; set +a; fi
}
