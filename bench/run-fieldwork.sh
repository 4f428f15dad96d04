#!/usr/bin/env bash
# The two benchmarks of issue 3 (field work), run by hand and never by ./mvnw verify. See docs/benchmarks.md.
#
#   bench/run-fieldwork.sh [all|encounter|import]        (default: all)
#
# 1. encounter: 16 signed-in workers (16 sessions, 16 connections, wrk) alternate between the home page (GET /, the
#    trivial signed-in page) and logging an anonymous encounter (POST /fieldwork/encounters/new with the CSRF token);
#    the server's own time per request comes from Tomcat's access log; target: p95(POST) <= 4 x p95(GET /), 0 errors.
# 2. import: 100 000 and 1 000 000 generated CSV lines through POST /api/v1/import/encounters as a signed-in leader;
#    lines per second (target >= 50 000) and the application's peak heap and peak RSS per size (target: flat),
#    against PostgreSQL's raw COPY of the same file into a table of text columns (the ceiling).
#
# Sets everything up by itself: wrk (Debian package) if missing, the jar, a fresh database feltlogg_bench, the
# application on a free port of 127.0.0.1 with the bench profile, accounts made through the admin pages. All traffic
# stays on the loopback; every loop is bounded; the application is stopped at the end, also on failure.
# Knobs: BENCH_DURATION (s, default 30), BENCH_WARMUP (s, 15), BENCH_USERS (16), BENCH_LINES ("100000 1000000"),
# BENCH_HEAP (the application's -Xmx, 512m).
set -euo pipefail
cd "$(dirname "$0")/.."

WHAT=${1:-all}
DURATION=${BENCH_DURATION:-30}
WARMUP=${BENCH_WARMUP:-15}
USERS=${BENCH_USERS:-16}
LINES=${BENCH_LINES:-"100000 1000000"}
HEAP=${BENCH_HEAP:-512m}
DB=feltlogg_bench
PASSWORD=bench-password-1234
WORK=$(mktemp -d /tmp/feltlogg-bench.XXXXXX)
REPORT=target/bench-fieldwork.txt
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

# --- tools ------------------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  as_root apt-get update -q && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk
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
say "== Feltlogg field-work benchmarks (application heap cap -Xmx$HEAP), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
say "   load average before: $(cut -d" " -f1-3 /proc/loadavg); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), PostgreSQL $(psql -X -V | awk '{print $3}'), $("$JAVA" -version 2>&1 | head -1)"

echo "== Building the jar"
./mvnw -B -ntp -DskipTests package > "$WORK/build.log" 2>&1 || { tail -50 "$WORK/build.log"; exit 1; }
JAR=$(ls target/feltlogg-*.jar | grep -v original | head -1)

echo "== Fresh database $DB"
as_root su postgres -c "psql -X -q -c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'feltlogg') then create role feltlogg login; end if; end \\\$\\\$\""
as_root su postgres -c "dropdb --if-exists --force $DB && createdb -O feltlogg $DB"
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U feltlogg -d "$DB" "$@"; }

PORT=""
for candidate in $(seq 18080 18180); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then PORT=$candidate; break; fi
done
[ -n "$PORT" ] || { echo "No free port in 18080-18180" >&2; exit 1; }
BASE="http://127.0.0.1:$PORT"

echo "== Starting the application on $BASE"
FELTLOGG_ADMIN_USERNAME=bench.admin FELTLOGG_ADMIN_PASSWORD=$PASSWORD \
  "$JAVA" -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" \
  --spring.config.additional-location=optional:file:bench/ --spring.profiles.active=bench \
  --server.port="$PORT" --management.server.port=0 --server.tomcat.accesslog.directory="$WORK" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=feltlogg \
  --spring.datasource.password= > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q UP && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app.log"; exit 1; }
  sleep 1
done
curl -sf "$BASE/actuator/health" | grep -q UP || { tail -50 "$WORK/app.log"; exit 1; }

# --- signed-in sessions through the real login form -------------------------------------------------------------
csrf_of() { sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p' | head -1; }
signin() { # jar username
  local token status
  token=$(curl -sf -c "$1" -b "$1" "$BASE/login" | csrf_of)
  status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$1" -b "$1" --data-urlencode "username=$2" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login")
  [ "$status" = "302 $BASE/" ] || { echo "Sign-in of $2 failed: $status" >&2; exit 1; }
}
token_of() { curl -sf -c "$1" -b "$1" "$BASE/" | csrf_of; }
session_of() { awk '$6 == "JSESSIONID" {print $7}' "$1"; }
post_form() { # jar path field=value...
  local jar=$1 path=$2 token args=() status
  shift 2
  token=$(token_of "$jar")
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "${args[@]}" --data-urlencode "_csrf=$token" "$BASE$path")
  [ "$status" = 302 ] || { echo "POST $path failed: $status" >&2; exit 1; }
}

echo "== Accounts: a team, its leader and $USERS workers, made through the admin pages"
ADMIN="$WORK/admin.cookies"
signin "$ADMIN" bench.admin
post_form "$ADMIN" /admin/teams "name=Benchteamet"
TEAM=$(psql_bench -At -c "select id from team where name = 'Benchteamet'")
post_form "$ADMIN" /admin/accounts/new "username=bench.leader" "displayName=Benk Leder" "role=LEADER" "teamId=$TEAM" "password=$PASSWORD"
for i in $(seq -w 1 "$USERS"); do
  post_form "$ADMIN" /admin/accounts/new "username=bench.worker$i" "displayName=Benk Arbeider $i" "role=WORKER" "teamId=$TEAM" "password=$PASSWORD"
done

percentile() { sort -n | awk -v p="$1" '{v[NR] = $1} END {if (NR == 0) {print "n/a"; exit} i = int(NR * p / 100); if (i < NR * p / 100) i++; if (i < 1) i = 1; printf "%.1f", v[i] / 1000}'; }

# --- 1. logging an encounter under load ---------------------------------------------------------------------------
if [ "$WHAT" = all ] || [ "$WHAT" = encounter ]; then
  echo "== Benchmark 1: $USERS signed-in users, warm-up ${WARMUP}s, measured ${DURATION}s"
  : > "$WORK/sessions.txt"
  for i in $(seq -w 1 "$USERS"); do
    jar="$WORK/worker$i.cookies"
    signin "$jar" "bench.worker$i"
    echo "$(session_of "$jar") $(token_of "$jar")" >> "$WORK/sessions.txt"
  done
  DAY=$(TZ=Europe/Oslo date -d yesterday +%F)
  THREADS=2
  wrk -t"$THREADS" -c"$USERS" -d"${WARMUP}s" -s bench/encounter.lua "$BASE" -- "$WORK/sessions.txt" "$DAY" "$THREADS" > "$WORK/warmup.txt"
  ACCESS=$(ls "$WORK"/access*.log)
  SKIP=$(wc -l < "$ACCESS")
  wrk -t"$THREADS" -c"$USERS" -d"${DURATION}s" --latency -s bench/encounter.lua "$BASE" -- "$WORK/sessions.txt" "$DAY" "$THREADS" > "$WORK/wrk.txt"
  tail -n +"$((SKIP + 1))" "$ACCESS" > "$WORK/measured.log"
  awk '$1 == "GET" && $2 == "/" {print $4}' "$WORK/measured.log" > "$WORK/get.us"
  awk '$1 == "POST" && $2 == "/fieldwork/encounters/new" {print $4}' "$WORK/measured.log" > "$WORK/post.us"
  GET_ERRORS=$(awk '$1 == "GET" && $2 == "/" && $3 != 200' "$WORK/measured.log" | wc -l)
  POST_ERRORS=$(awk '$1 == "POST" && $2 == "/fieldwork/encounters/new" && ($3 != 302 || $5 ~ /login/)' "$WORK/measured.log" | wc -l)
  OTHER=$(awk '!($1 == "GET" && $2 == "/") && !($1 == "POST" && $2 == "/fieldwork/encounters/new")' "$WORK/measured.log" | wc -l)
  GET95=$(percentile 95 < "$WORK/get.us"); POST95=$(percentile 95 < "$WORK/post.us")
  RATIO=$(awk -v a="$POST95" -v b="$GET95" 'BEGIN {printf "%.2f", a / b}')
  STORED=$(psql_bench -At -c "select count(*) from encounter where team_id = '$TEAM' and source_id is null")
  say ""
  say "== 1. Logging an anonymous encounter, $USERS concurrent signed-in users, ${DURATION}s after ${WARMUP}s warm-up"
  say "   command: bench/run-fieldwork.sh encounter   (wrk -t$THREADS -c$USERS -d${DURATION}s -s bench/encounter.lua)"
  say "   server time per request from the access log (ms):"
  say "   GET  /                           n=$(wc -l < "$WORK/get.us")  p50=$(percentile 50 < "$WORK/get.us")  p95=$GET95  p99=$(percentile 99 < "$WORK/get.us")  errors=$GET_ERRORS"
  say "   POST /fieldwork/encounters/new   n=$(wc -l < "$WORK/post.us")  p50=$(percentile 50 < "$WORK/post.us")  p95=$POST95  p99=$(percentile 99 < "$WORK/post.us")  errors=$POST_ERRORS"
  say "   other requests: $OTHER; encounters stored in all (warm-up included): $STORED"
  say "   p95 ratio POST/GET = $RATIO (target <= 4.00), errors = $((GET_ERRORS + POST_ERRORS)) (target 0)"
  say "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  say "   wrk (client side, both kinds together): $(grep -E 'Requests/sec' "$WORK/wrk.txt" | xargs); $(grep -E '99%' "$WORK/wrk.txt" | xargs | sed 's/^/p99 /'); $(grep -E 'Non-2xx|Socket errors' "$WORK/wrk.txt" | xargs)"
fi

# --- 2. import ---------------------------------------------------------------------------------------------------
if [ "$WHAT" = all ] || [ "$WHAT" = import ]; then
  echo "== Benchmark 2: import of $LINES generated lines"
  LEADER="$WORK/leader.cookies"
  signin "$LEADER" bench.leader
  LEADER_TOKEN=$(token_of "$LEADER")
  say ""
  say "== 2. Import, validation included, as POST /api/v1/import/encounters (command: bench/run-fieldwork.sh import)"
  say "   lines      bytes        raw COPY (s, lines/s)   import (s, lines/s)   CPU s app/db   heap peak/live  peak RSS  load  answer"
  import_file() { # file dryRun -> seconds
    curl -s -o "$WORK/answer.json" -w '%{time_total}' -b "$LEADER" -c "$LEADER" -H 'Content-Type: text/csv' \
      -H "X-CSRF-TOKEN: $LEADER_TOKEN" --data-binary @"$1" "$BASE/api/v1/import/encounters?dryRun=$2"
  }
  peak_heap() { # gc log lines after $1: the largest heap occupancy before a collection, in MB
    tail -n +"$(($1 + 1))" "$WORK/gc.log" | sed -n 's/.* \([0-9]*\)M->[0-9]*M.*/\1/p' | sort -n | tail -1
  }
  live_heap() { # gc log lines after $1: the largest heap still in use after a collection, in MB
    tail -n +"$(($1 + 1))" "$WORK/gc.log" | sed -n 's/.* [0-9]*M->\([0-9]*\)M.*/\1/p' | sort -n | tail -1
  }
  # CPU seconds used so far by the application and by its PostgreSQL connections (the pool's backends)
  TICKS=$(getconf CLK_TCK)
  cpu_app() { awk -v t="$TICKS" '{printf "%.2f", ($14 + $15) / t}' "/proc/$APP_PID/stat"; }
  cpu_db() {
    local total=0 pid
    for pid in $(psql_bench -At -c "select pid from pg_stat_activity where datname = '$DB' and application_name = 'PostgreSQL JDBC Driver'"); do
      [ -r "/proc/$pid/stat" ] && total=$(awk -v t="$TICKS" -v s="$total" '{printf "%.2f", s + ($14 + $15) / t}' "/proc/$pid/stat")
    done
    echo "$total"
  }
  # Warm-up: a dry run of 50 000 other lines, so that the first measured import does not pay for the JIT.
  awk -v n=50000 -v prefix=WARM -f bench/generate-encounters.awk > "$WORK/warmup.csv"
  import_file "$WORK/warmup.csv" true > /dev/null
  for n in $LINES; do
    file="$WORK/encounters-$n.csv"
    awk -v n="$n" -v prefix="B$n" -f bench/generate-encounters.awk > "$file"
    psql_bench -c "drop table if exists raw_copy; create table raw_copy (date text, time text, arena text, area text, place text, gender text, age text, count text, themes text, source_id text)"
    start=$(date +%s.%N)
    psql_bench -c "\\copy raw_copy from '$file' with (format csv, header true)"
    raw=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.2f", e - s}')
    psql_bench -c "drop table raw_copy"
    gc_before=$(wc -l < "$WORK/gc.log")
    echo 5 > "/proc/$APP_PID/clear_refs"
    app_before=$(cpu_app); db_before=$(cpu_db)
    seconds=$(import_file "$file" false)
    cpu=$(awk -v a="$app_before" -v b="$(cpu_app)" -v c="$db_before" -v d="$(cpu_db)" 'BEGIN {printf "%.1f/%.1f", b - a, d - c}')
    heap=$(peak_heap "$gc_before"); live=$(live_heap "$gc_before")
    rss=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status")
    say "$(printf '   %-9s  %-11s  %6s  %9.0f           %6.2f  %7.0f   %-11s  %4s/%-4s MB  %5s MB  %4s  %s' "$n" "$(stat -c %s "$file")" \
      "$raw" "$(awk -v n="$n" -v s="$raw" 'BEGIN {print n / s}')" "$seconds" "$(awk -v n="$n" -v s="$seconds" 'BEGIN {print n / s}')" \
      "$cpu" "${heap:-0}" "${live:-0}" "$rss" "$(cut -d' ' -f1 /proc/loadavg)" "$(head -c 150 "$WORK/answer.json")")"
  done
  largest=$(echo "$LINES" | tr ' ' '\n' | sort -n | tail -1)
  seconds=$(import_file "$WORK/encounters-$largest.csv" false)
  say "   the same $largest lines again (all skipped, idempotent): ${seconds}s  $(head -c 120 "$WORK/answer.json")"
  grep -o 'Import .*' "$WORK/app.log" | sed 's/^/   server log: /' | tee -a "$REPORT"
fi
echo "== Report written to $REPORT"
