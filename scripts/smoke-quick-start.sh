#!/usr/bin/env bash
# Starts the Quick start exactly as the README says (`npm start`, embedded database, no
# DATABASE_URL), waits for /api/health, checks /standards and a sign-in from 127.0.0.1, stops it.
# Used by .ci/run.
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

# Sign-in from http://127.0.0.1 (the quick start prints localhost): the session cookie is set for
# the host the browser used, and every redirect stays on it.
base="http://127.0.0.1:$PORT"
jar="$(mktemp)"
csrf="$(curl -fsS -c "$jar" -b "$jar" "$base/api/auth/csrf" | sed -E 's/.*"csrfToken":"([^"]+)".*/\1/')"
curl -fsS -o /dev/null -c "$jar" -b "$jar" -H "Origin: $base" \
  --data-urlencode "csrfToken=$csrf" --data-urlencode "email=antrag@demo.example" --data-urlencode "password=Demo!Passwort2026" \
  --data-urlencode "json=true" "$base/api/auth/callback/credentials"
grep -q 'next-auth.session-token' "$jar" || { echo "sign-in at $base set no session cookie:"; cat "$jar"; exit 1; }
home="$(curl -sS -o /dev/null -w '%{redirect_url} %{http_code}' -b "$jar" "$base/home")"
[ "$home" = "$base/projects 303" ] || { echo "/home at $base sent the browser to: $home (expected $base/projects)"; exit 1; }
projects="$(curl -sS -o /dev/null -w '%{http_code}' -b "$jar" "$base/projects")"
[ "$projects" = "200" ] || { echo "$base/projects answered $projects to the signed-in applicant"; exit 1; }
echo "smoke: 3 passed, 0 failed"
