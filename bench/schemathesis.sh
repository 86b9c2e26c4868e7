#!/usr/bin/env bash
# Property-based test of the REST API against its own OpenAPI document (issue #6):
#   bash bench/schemathesis.sh [extra schemathesis options, e.g. --seed 1 -n 200]
# Builds a temporary store from samples/ through the real pipeline, serves it with writes enabled
# (a throw-away bearer token), runs every schemathesis check, then stops the server and cleans up.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
WORK=$(mktemp -d)
SERVER=""
cleanup() {
  if [[ -n "$SERVER" ]]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

.venv/bin/sitroom ingest samples --db "$WORK/st.db" >/dev/null
PORT=$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
TOKEN=$($PY -c 'import secrets; print(secrets.token_hex(16))')
SITROOM_API_TOKEN="$TOKEN" .venv/bin/sitroom serve --db "$WORK/st.db" --port "$PORT" 2>"$WORK/server.log" &
SERVER=$!
for _ in $(seq 100); do
  curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break
  sleep 0.2
done

status=0
(cd "$WORK" && "$OLDPWD/.venv/bin/schemathesis" --config-file "$OLDPWD/bench/schemathesis.toml" run \
  "http://127.0.0.1:$PORT/openapi.json" --checks all -H "Authorization: Bearer $TOKEN" "$@") || status=$?
exit "$status"
