#!/usr/bin/env bash
# The README's run command, checked as a new user would use it, by hand and never by ./mvnw verify:
#
#   bench/check-restart.sh
#
# Runs `./mvnw spring-boot:run` (exactly that: the demo on the embedded PostgreSQL) on a data directory of its own,
# signs in as leader.a (password and a code from the demo's published TOTP secret), imports one CSV line through
# POST /api/v1/import/encounters, stops the application, starts the same command again, and checks that the same
# session cookie is still signed in and that the same CSV line is now skipped. Needs ports 8080 and 8081 free and
# oathtool (Debian package). Stops what it started, also on failure; the data directory is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=http://localhost:8080
WORK=$(mktemp -d /tmp/feltlogg-restart.XXXXXX)
export FELTLOGG_EMBEDDED_DATABASE_DIRECTORY="$WORK/demo-database"
RUN_PID=""
REPORT=target/check-restart.txt

stop_app() {
  [ -n "$RUN_PID" ] || return 0
  # spring-boot:run forks the application's JVM: stop that one (SIGTERM, a graceful shutdown), then Maven ends
  pkill -TERM -f "no.feltlogg.FeltloggApplication" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$RUN_PID" 2>/dev/null || break; sleep 1; done
  kill "$RUN_PID" 2>/dev/null || true
  RUN_PID=""
}
trap 'stop_app; rm -rf "$WORK"' EXIT
command -v oathtool >/dev/null || { apt-get update -q && apt-get install -y -q oathtool; }
mkdir -p target
: > "$REPORT"
say() { echo "$*" | tee -a "$REPORT"; }

start_app() { # log
  ./mvnw -B -ntp spring-boot:run > "$1" 2>&1 &
  RUN_PID=$!
  for _ in $(seq 1 300); do
    curl -sf "$BASE/actuator/health/readiness" 2>/dev/null | grep -q UP && return
    kill -0 "$RUN_PID" 2>/dev/null || { tail -40 "$1"; exit 1; }
    sleep 1
  done
  tail -40 "$1"; exit 1
}
csrf_of() { sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p' | head -1; }
JAR="$WORK/cookies"
CSV="$WORK/one.csv"
printf 'date,time,arena,area,place,gender,age,count,themes,source_id\n2025-03-14,21:30,street,Sentrum,Torget,boy,12-15,3,alcohol;school,RESTART-CHECK-1\n' > "$CSV"
import_line() {
  curl -s -b "$JAR" -c "$JAR" -H 'Content-Type: text/csv' -H "X-CSRF-TOKEN: $(curl -sf -b "$JAR" -c "$JAR" "$BASE/" | csrf_of)" \
    --data-binary @"$CSV" "$BASE/api/v1/import/encounters?dryRun=false"
}

say "== ./mvnw spring-boot:run, data in $FELTLOGG_EMBEDDED_DATABASE_DIRECTORY, $(date -u '+%Y-%m-%d %H:%M UTC')"
START=$(date +%s)
start_app "$WORK/run1.log"
say "   first start (demo data made): $(( $(date +%s) - START )) s; $(grep -m1 -o 'embedded PostgreSQL.*' "$WORK/run1.log" | head -c 160)"
token=$(curl -sf -c "$JAR" -b "$JAR" "$BASE/login" | csrf_of)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode username=leader.a --data-urlencode password=feltlogg-demo \
  --data-urlencode "_csrf=$token" "$BASE/login"
token=$(curl -sf -c "$JAR" -b "$JAR" "$BASE/login/second-factor" | csrf_of)
status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR" -b "$JAR" \
  --data-urlencode "code=$(oathtool --totp -b FELTLOGGDEMO2345)" --data-urlencode "_csrf=$token" "$BASE/login/second-factor")
[ "$status" = "302 $BASE/" ] || { say "   sign-in of leader.a failed: $status"; exit 1; }
COOKIE=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR")
say "   signed in as leader.a; import: $(import_line)"

stop_app
START=$(date +%s)
start_app "$WORK/run2.log"
say "   second start of the same command: $(( $(date +%s) - START )) s; $(grep -c 'Demo data already present' "$WORK/run2.log") x 'Demo data already present'"
home=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$COOKIE" "$BASE/")
say "   GET / with the cookie from before the restart: $home (200 = still signed in)"
[ "$home" = 200 ] || exit 1
again=$(import_line)
say "   the same CSV line again: $again"
echo "$again" | grep -q '"imported":0' && echo "$again" | grep -q '"skipped":1' || exit 1
say "   sign-in and import survived the restart"
