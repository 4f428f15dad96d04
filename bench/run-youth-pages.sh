#!/usr/bin/env bash
# The youth-page benchmark of issue 12 (nothing freezes it), run by hand and never by ./mvnw verify. See
# docs/benchmarks.md.
#
#   bench/run-youth-pages.sh            (connections: BENCH_CONNECTIONS, default "16 64")
#
# Signed-in sessions of the demo instance (leader.a and worker.a, two sessions each) open the pages of the demo team's
# youths (GET /youth/{id}, each a logged read) with wrk at 16 and 64 connections; the application's pool has 10
# connections. Throughput, latency and errors per level; an error is any answer other than 200 (a 500 from a pool
# that gave up, a redirect to the login page) and any socket error or timeout.
#
# Sets everything up by itself: wrk and oathtool (Debian packages) if missing, the jar, a fresh database (BENCH_DB,
# default feltlogg_bench_youth), the application with the profiles demo and bench on a free port of 127.0.0.1 in
# BENCH_PORTS (default 18080-18180); leader.a signs in with the demo's published TOTP secret. All traffic stays on the loopback; every run is bounded in time; the application is stopped
# at the end, also on failure. Knobs: BENCH_DURATION (s, default 30), BENCH_WARMUP (s, 15), BENCH_CONNECTIONS,
# BENCH_DB, BENCH_PORTS ("first last"), BENCH_HEAP (the application's -Xmx, 512m), BENCH_JAR (a jar built before,
# e.g. of an older commit, instead of building this checkout).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-30}
WARMUP=${BENCH_WARMUP:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-"16 64"}
DB=${BENCH_DB:-feltlogg_bench_youth}
read -r PORT_FIRST PORT_LAST <<< "${BENCH_PORTS:-18080 18180}"
HEAP=${BENCH_HEAP:-512m}
PASSWORD=feltlogg-demo
WORK=$(mktemp -d /tmp/feltlogg-bench-youth.XXXXXX)
REPORT=target/bench-youth-pages.txt
APP_PID=""

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
say() { echo "$*" | tee -a "$REPORT"; }

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v oathtool >/dev/null || missing+=(oathtool)
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -q && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi
JAVA=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] \
      && "$candidate/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA="$candidate/bin/java"; break
  fi
done
[ -n "$JAVA" ] || { echo "No JDK 21 or newer found under /usr/lib/jvm" >&2; exit 1; }

mkdir -p target
: > "$REPORT"
say "== Feltlogg youth-page benchmark (application heap cap -Xmx$HEAP), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
say "   load average before: $(cut -d" " -f1-3 /proc/loadavg); PostgreSQL $(psql -X -V | awk '{print $3}'), $("$JAVA" -version 2>&1 | head -1)"

if [ -n "${BENCH_JAR:-}" ]; then
  JAR=$BENCH_JAR
else
  echo "== Building the jar"
  ./mvnw -B -ntp -DskipTests package > "$WORK/build.log" 2>&1 || { tail -50 "$WORK/build.log"; exit 1; }
  JAR=$(ls target/feltlogg-*.jar | grep -v original | head -1)
fi
say "   jar: $JAR"

echo "== Fresh database $DB"
as_root su postgres -c "dropdb --if-exists --force $DB && createdb -O feltlogg $DB"
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U feltlogg -d "$DB" "$@"; }

PORT=""
for candidate in $(seq "$PORT_FIRST" "$PORT_LAST"); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then PORT=$candidate; break; fi
done
[ -n "$PORT" ] || { echo "No free port in $PORT_FIRST-$PORT_LAST" >&2; exit 1; }
BASE="http://127.0.0.1:$PORT"

echo "== Starting the demo instance on $BASE"
"$JAVA" -Xmx"$HEAP" -jar "$JAR" \
  --spring.config.additional-location=optional:file:bench/ --spring.profiles.active=demo,bench \
  --server.port="$PORT" --server.tomcat.accesslog.directory="$WORK" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=feltlogg \
  --spring.datasource.password= > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  grep -q "Started FeltloggApplication" "$WORK/app.log" && curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q UP && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app.log"; exit 1; }
  sleep 1
done
curl -sf "$BASE/actuator/health" | grep -q UP || { tail -50 "$WORK/app.log"; exit 1; }

csrf_of() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
DEMO_TOTP_SECRET=FELTLOGGDEMO2345   # the demo's published TOTP secret of leader.a (README)
CODE=""
next_totp() { # sets CODE to a code not used before: each is taken once, so a second sign-in waits for the next one
  local code
  for _ in $(seq 1 40); do
    code=$(oathtool --totp -b "$DEMO_TOTP_SECRET")
    [ "$code" != "$CODE" ] && { CODE=$code; return; }
    sleep 1
  done
  echo "No new TOTP code in 40 s" >&2; exit 1
}
signin() { # jar username
  local token status
  token=$(curl -sf -c "$1" -b "$1" "$BASE/login" | csrf_of)
  status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$1" -b "$1" --data-urlencode "username=$2" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login")
  if [ "$status" = "302 $BASE/login/second-factor" ]; then # leader.a has a second factor in the demo
    token=$(curl -sf -c "$1" -b "$1" "$BASE/login/second-factor" | csrf_of)
    next_totp
    status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$1" -b "$1" \
      --data-urlencode "code=$CODE" --data-urlencode "_csrf=$token" "$BASE/login/second-factor")
  fi
  [ "$status" = "302 $BASE/" ] || { echo "Sign-in of $2 failed: $status" >&2; exit 1; }
}
: > "$WORK/sessions.txt"
for who in leader.a worker.a leader.a worker.a; do
  jar="$WORK/$who.$RANDOM.cookies"
  signin "$jar" "$who"
  awk '$6 == "JSESSIONID" {print $7}' "$jar" >> "$WORK/sessions.txt"
done
# The demo team's active youths that are not restricted, so that every session may open every page.
psql_bench -At -c "select y.id from youth y join team t on t.id = y.team_id where t.name = 'Ungdomsteamet Sentrum'
                     and y.status = 'ACTIVE' and not y.restricted order by y.name" > "$WORK/youths.txt"
YOUTHS=$(wc -l < "$WORK/youths.txt")
[ "$YOUTHS" -gt 0 ] || { echo "The demo team has no youths" >&2; exit 1; }
for id in $(head -3 "$WORK/youths.txt"); do
  for session in $(cat "$WORK/sessions.txt"); do
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$session" "$BASE/youth/$id")
    [ "$status" = 200 ] || { echo "GET /youth/$id answered $status" >&2; exit 1; }
  done
done

say ""
say "== Youth pages (GET /youth/{id}, each a logged read), $YOUTHS youths of the demo team, 4 signed-in sessions,"
say "   application pool 10 connections; ${DURATION}s measured after ${WARMUP}s warm-up per level"
say "   connections  requests/s  p50      p90      p99      max      non-200  socket errors  access-log rows  load after"
for c in $CONNECTIONS; do
  threads=$(( c < 4 ? c : 4 ))
  wrk -t"$threads" -c"$c" -d"${WARMUP}s" --timeout 30s -s bench/youth-page.lua "$BASE" -- "$WORK/sessions.txt" "$WORK/youths.txt" > "$WORK/warmup-$c.txt"
  ACCESS=$(ls "$WORK"/access*.log)
  SKIP=$(wc -l < "$ACCESS")
  rows_before=$(psql_bench -At -c "select count(*) from access_log where subject = 'youth.record'")
  wrk -t"$threads" -c"$c" -d"${DURATION}s" --timeout 30s --latency -s bench/youth-page.lua "$BASE" -- "$WORK/sessions.txt" "$WORK/youths.txt" > "$WORK/wrk-$c.txt"
  rows=$(( $(psql_bench -At -c "select count(*) from access_log where subject = 'youth.record'") - rows_before ))
  non200=$(tail -n +"$((SKIP + 1))" "$ACCESS" | awk '$3 != 200' | wc -l)
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$c.txt")
  lat() { awk -v p="$1" '$1 == p {print $2}' "$WORK/wrk-$c.txt"; }
  max=$(awk '/Latency/ && !/Distribution/ {print $4; exit}' "$WORK/wrk-$c.txt")
  sock=$(grep -E 'Socket errors' "$WORK/wrk-$c.txt" | sed 's/ *Socket errors: *//' || true)
  say "$(printf '   %-11s  %-10s  %-7s  %-7s  %-7s  %-7s  %-7s  %-13s  %-15s  %s' "$c" "$rps" "$(lat 50%)" "$(lat 90%)" "$(lat 99%)" "$max" "$non200" "${sock:-none}" "$rows" "$(cut -d' ' -f1 /proc/loadavg)")"
done
{ grep -c "Connection is not available" "$WORK/app.log" || true; } | sed 's/^/   pool timeouts in the application log: /' | tee -a "$REPORT"
echo "== Report written to $REPORT"
