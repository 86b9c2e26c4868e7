#!/usr/bin/env bash
# Run a command next to a throw-away PostgreSQL server, with SITROOM_TEST_PG_URL pointing at it, so the
# store tests run on PostgreSQL as well as SQLite. Installs Debian postgresql when it is missing. Where
# no server can be had (no apt, no root), the command runs alone and the PostgreSQL tests skip, saying so.
set -euo pipefail

if [ -n "${SITROOM_TEST_PG_URL:-}" ]; then exec "$@"; fi

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
if [ -z "$(pg_bin)" ]; then
    export DEBIAN_FRONTEND=noninteractive
    { $SUDO apt-get update -q && $SUDO apt-get install -y -q --no-install-recommends postgresql; } >&2 || true
fi
PGBIN="$(pg_bin)"
if [ -z "$PGBIN" ]; then
    echo "with-postgres: PostgreSQL is not available; store tests run on SQLite only" >&2
    exec "$@"
fi

# initdb refuses to run as root: the server then runs as the postgres system user.
AS=()
if [ "$(id -u)" -eq 0 ]; then AS=(runuser -u postgres --); fi
DIR="$(mktemp -d)"
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$DIR"; fi
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

stop() {
    "${AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
}
trap stop EXIT

"${AS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
"${AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
"${AS[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres testdb
echo "with-postgres: throw-away PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on port $PORT" >&2

export SITROOM_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/testdb"
"$@"
