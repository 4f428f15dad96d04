#!/usr/bin/env bash
# The statistics benchmark (issue 7), run by hand and never by ./mvnw verify. See docs/benchmarks-statistics.md.
#
#   bench/generate-statistics-data.sh     # once: the database feltlogg_bench_stats
#   bench/run-statistics.sh
#
# Starts the application (the jar) on the generated database on a free port of 127.0.0.1, signs in through the login
# form (CSRF token) as a team's leader and as the SLT coordinator, warms up, then times a bounded number of requests
# one after the other, each URL in turn:
#   annual API   GET /api/v1/statistics/annual?year=Y                      (leader; one team, one year)
#   annual page  GET /statistics/annual?kind=year&year=Y                   (leader; the year and the four before it)
#   trends API   GET /api/v1/statistics/trends?from=F&to=T                 (SLT; all teams, five years)
#   trends page  GET /slt/trends?from=F&to=T                               (SLT)
# Time per request is curl's time_total on the loopback (the whole answer read). In the same run, the lower bound:
# the same figures from one hand-written SQL statement each (bench/statistics/lower-bound-*.sql), timed by psql's
# \timing in one session, once with the encounters' figures from the monthly roll-up (the floor for the application,
# which reads them there; the ratio is against this one) and once from the encounter rows. Prints a table side by
# side with the targets (p50: annual 300 ms, trends 1.5 s; each within 2x of its lower bound) and writes it to
# target/bench-statistics.txt; stops the application at the end, also on failure.
#
# Knobs: STATS_REQUESTS (measured requests per URL and SQL runs per statement, 30), STATS_WARMUP (per URL, 100),
# STATS_ROW_RUNS (runs of the SQL from the encounter rows, after one warm-up run, 5),
# STATS_YEAR (2025), STATS_FROM (2021-01), STATS_TO (2025-12), STATS_LEADER (bench.leader01), STATS_DB
# (feltlogg_bench_stats), STATS_HEAP (-Xmx, 1g), STATS_SKIP_BUILD=1 (use the jar in target/), STATS_JAR (a jar to
# run instead, e.g. one built before a change).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/statistics/lib.sh

REQUESTS=${STATS_REQUESTS:-30}
ROW_RUNS=${STATS_ROW_RUNS:-5}
WARMUP=${STATS_WARMUP:-100}  # the JIT is still compiling the page after 10 (see docs)
YEAR=${STATS_YEAR:-2025}
FROM=${STATS_FROM:-2021-01}
TO=${STATS_TO:-2025-12}
LEADER=${STATS_LEADER:-bench.leader01}
WORK=$(mktemp -d /tmp/feltlogg-stats-bench.XXXXXX)
REPORT=target/bench-statistics.txt
trap 'stop_app; rm -rf "$WORK"' EXIT
say() { echo "$*" | tee -a "$REPORT"; }

[ "$REQUESTS" -ge 1 ] && [ "$REQUESTS" -le 1000 ] && [ "$WARMUP" -ge 0 ] && [ "$WARMUP" -le 1000 ] \
  && [ "$ROW_RUNS" -ge 1 ] && [ "$ROW_RUNS" -le 100 ] \
  || { echo "STATS_REQUESTS must be 1-1000, STATS_WARMUP 0-1000 and STATS_ROW_RUNS 1-100" >&2; exit 1; }
psql_stats -At -c "select 1 from encounter limit 1" 2>/dev/null | grep -q 1 \
  || { echo "No history in $STATS_DB: run bench/generate-statistics-data.sh first" >&2; exit 1; }

find_java
mkdir -p target
: > "$REPORT"
say "== Feltlogg statistics benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
say "   PostgreSQL $(psql -X -V | awk '{print $3}') (shared_buffers $(psql_stats -At -c 'show shared_buffers'), work_mem $(psql_stats -At -c 'show work_mem')), $("$JAVA" -version 2>&1 | head -1), application -Xmx${STATS_HEAP:-1g}"
say "   database $STATS_DB: $(psql_stats -At -c "select to_char(count(*), 'FM999G999G999') from encounter") encounter rows, $(psql_stats -At -c "select count(*) from team") teams, $(psql_stats -At -c "select min(local_date) || ' to ' || max(local_date) from encounter"), $(psql_stats -At -c "select pg_size_pretty(pg_database_size(current_database()))")"
say "   load average before: $(load_average)"

build_jar "$WORK/build.log"
STARTED=$(date +%s)
start_app "$WORK"
say "   jar $JAR, started (and migrated) in $(( $(date +%s) - STARTED )) s"

LEADER_JAR="$WORK/leader.cookies"
SLT_JAR="$WORK/slt.cookies"
signin "$LEADER_JAR" "$LEADER"
signin "$SLT_JAR" bench.slt
TEAM=$(psql_stats -At -c "select team_id from account where username = '$LEADER'")
MUNICIPALITY=$(psql_stats -At -c "select municipality_id from account where username = 'bench.slt'")

NAMES=("annual API" "annual page" "trends API" "trends page")
JARS=("$LEADER_JAR" "$LEADER_JAR" "$SLT_JAR" "$SLT_JAR")
URLS=("/api/v1/statistics/annual?year=$YEAR" "/statistics/annual?kind=year&year=$YEAR"
  "/api/v1/statistics/trends?from=$FROM&to=$TO" "/slt/trends?from=$FROM&to=$TO")
# what each answer must hold, so that an error page or a login page is never timed as an answer
CHECKS=("\"year\":$YEAR" "table-byArea" "\"trendArena\"" "table-trendArena")

fetch() { # index -> "status seconds"
  curl -s --max-time 300 -o "$WORK/answer" -w '%{http_code} %{time_total}\n' -b "${JARS[$1]}" "$BASE${URLS[$1]}"
}
check() { # index, "status seconds"
  local status=${2%% *}
  [ "$status" = 200 ] && grep -q "${CHECKS[$1]}" "$WORK/answer" \
    || { echo "${NAMES[$1]} ${URLS[$1]} answered $status without ${CHECKS[$1]}: $(head -c 300 "$WORK/answer")" >&2; exit 1; }
}

echo "== Warm-up: $WARMUP requests per URL"
for _ in $(seq 1 "$WARMUP"); do
  for i in 0 1 2 3; do check "$i" "$(fetch "$i")"; done
done

echo "== Measuring: $REQUESTS requests per URL"
for i in 0 1 2 3; do
  : > "$WORK/times.$i"
  for _ in $(seq 1 "$REQUESTS"); do
    result=$(fetch "$i")
    check "$i" "$result"
    echo "${result#* }" | awk '{printf "%.1f\n", $1 * 1000}' >> "$WORK/times.$i"
  done
done
LOAD_APP=$(load_average)

echo "== Lower bound: the hand-written SQL in one psql session ($WARMUP + $REQUESTS runs from the roll-up, 1 + $ROW_RUNS from the rows)"
sql_times() { # name, warm-up runs, measured runs, file, psql variables...
  local name=$1 warmup=$2 runs=$3 file=$4
  shift 4
  {
    echo '\timing on'
    echo '\o /dev/null'
    for _ in $(seq 1 "$warmup"); do echo "\\i $file"; done
    echo '\o'
    echo '\echo MEASURED'
    echo '\o /dev/null'
    for _ in $(seq 1 "$runs"); do echo "\\i $file"; done
  } > "$WORK/$name.psql"
  psql_stats "$@" -f "$WORK/$name.psql" | awk '/^MEASURED/ {on = 1} on && /^Time:/ {print $2}' > "$WORK/sql.$name"
  [ "$(wc -l < "$WORK/sql.$name")" -eq "$runs" ] || { echo "SQL $name: expected $runs timings" >&2; exit 1; }
}
# from the roll-up as many runs as requests; from the rows (seconds each, for comparison only) STATS_ROW_RUNS
for rollup in true false; do
  if [ "$rollup" = true ]; then w=$WARMUP; n=$REQUESTS; else w=1; n=$ROW_RUNS; fi
  sql_times "annual-year-$rollup" "$w" "$n" bench/statistics/lower-bound-annual.sql -v rollup=$rollup -v team="$TEAM" \
    -v first_year="$YEAR" -v year="$YEAR"
  sql_times "annual-report-$rollup" "$w" "$n" bench/statistics/lower-bound-annual.sql -v rollup=$rollup -v team="$TEAM" \
    -v first_year="$((YEAR - 4))" -v year="$YEAR"
  sql_times "trends-$rollup" "$w" "$n" bench/statistics/lower-bound-trends.sql -v rollup=$rollup \
    -v municipality="$MUNICIPALITY" -v from_month="$FROM-01" -v to_month="$TO-01"
done
LOAD_SQL=$(load_average)

percentile() { sort -n | awk -v p="$1" '{v[NR] = $1} END {if (NR == 0) {print "n/a"; exit} i = int(NR * p / 100); if (i < NR * p / 100) i++; if (i < 1) i = 1; printf "%.0f", v[i]}'; }
LOWER=(annual-year annual-report trends trends)
TARGETS=(300 300 1500 1500)
say ""
say "== Results, ms (n = $REQUESTS per line after $WARMUP warm-up; year $YEAR, team of $LEADER; trends $FROM to $TO, all teams)"
say "   command: bench/run-statistics.sh   (STATS_REQUESTS=$REQUESTS STATS_WARMUP=$WARMUP STATS_ROW_RUNS=$ROW_RUNS)"
say "   lower bound: the same figures in one hand-written SQL statement, with the encounters' figures from the monthly"
say "   roll-up (as the application reads them; the ratio is against this one) and, for comparison, from the rows"
say "   | what | p50 | p95 | target p50 | SQL from the roll-up p50 / p95 | p50 / that (target <= 2) | SQL from the rows p50 / p95 |"
say "   |---|---|---|---|---|---|---|"
for i in 0 1 2 3; do
  p50=$(percentile 50 < "$WORK/times.$i"); p95=$(percentile 95 < "$WORK/times.$i")
  l50=$(percentile 50 < "$WORK/sql.${LOWER[$i]}-true"); l95=$(percentile 95 < "$WORK/sql.${LOWER[$i]}-true")
  r50=$(percentile 50 < "$WORK/sql.${LOWER[$i]}-false"); r95=$(percentile 95 < "$WORK/sql.${LOWER[$i]}-false")
  ratio=$(awk -v a="$p50" -v b="$l50" 'BEGIN {printf "%.2f", a / b}')
  met=$(awk -v a="$p50" -v t="${TARGETS[$i]}" -v r="$ratio" 'BEGIN {print (a < t ? "met" : "MISSED") " / " (r <= 2 ? "met" : "MISSED")}')
  say "   | ${NAMES[$i]} \`${URLS[$i]}\` | $p50 | $p95 | ${TARGETS[$i]} | $l50 / $l95 (${LOWER[$i]}) | $ratio | $r50 / $r95 | $met"
done
say "   load average after the requests: $LOAD_APP; after the SQL: $LOAD_SQL"
echo "== Report written to $REPORT"
