#!/usr/bin/env bash
# Starts the Quick start exactly as the README says (`npm start`, embedded database, no
# DATABASE_URL), waits for /api/health, checks /standards, stops it. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${SMOKE_PORT:-3000}"
log="$(mktemp)"
unset DATABASE_URL
PORT="$PORT" setsid npm start >"$log" 2>&1 &
pid=$!
cleanup() { kill -TERM -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap cleanup EXIT

for _ in $(seq 1 300); do
  if curl -fsS "http://localhost:$PORT/api/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "npm start ended early:"; cat "$log"; exit 1; fi
  sleep 1
done
curl -fsS "http://localhost:$PORT/api/health" || { echo "no healthy portal after 300 s:"; cat "$log"; exit 1; }
echo
page="$(curl -fsS "http://localhost:$PORT/standards")"
for expected in 'Anlage 1: Übersicht über Standards' 'Phase II: Umzug und Integration' 'id="std-22"'; do
  grep -q "$expected" <<<"$page" || { echo "/standards lacks: $expected"; exit 1; }
done
count="$(grep -o '<article id="std-[0-9]*"' <<<"$page" | wc -l)"
[ "$count" -eq 22 ] || { echo "/standards shows $count standards, expected 22"; exit 1; }
echo "smoke: 2 passed, 0 failed"
