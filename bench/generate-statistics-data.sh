#!/usr/bin/env bash
# The statistics benchmark's database (issue 7), run by hand and never by ./mvnw verify. See
# docs/benchmarks-statistics.md.
#
#   bench/generate-statistics-data.sh
#
# 1. builds the jar and makes a fresh database feltlogg_bench_stats (dropped first if it exists);
# 2. starts the application on it (Flyway makes the schema, the first administrator is made from the environment)
#    and, through the admin pages as that administrator, makes STATS_TEAMS teams (each gets the default code lists
#    and services from the application's own listener), a leader for each (bench.leader01 ...) and an SLT
#    coordinator (bench.slt), all with the password bench-password-1234; stops the application;
# 3. fills the history with bench/statistics/generate.sql: set-based INSERT ... SELECT, every constraint, foreign
#    key and trigger of the schema on; then VACUUM ANALYZE, as autovacuum would leave a settled database.
#
# Knobs: STATS_TEAMS (20), STATS_FIRST_YEAR (2016), STATS_YEARS (10), STATS_PER_YEAR (encounter rows per team and
# year, 30000), STATS_YOUTHS_PER_YEAR (new registered youths per team and year, 150), STATS_OBSERVATIONS_PER_YEAR (400),
# STATS_WORKERS (per team, 8), STATS_SEED (0.42; the same seed gives the same shapes), STATS_DB (feltlogg_bench_stats),
# STATS_SKIP_BUILD=1 (use the jar in target/). Everything stays on the loopback; every wait is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/statistics/lib.sh

TEAMS=${STATS_TEAMS:-20}
FIRST_YEAR=${STATS_FIRST_YEAR:-2016}
YEARS=${STATS_YEARS:-10}
PER_YEAR=${STATS_PER_YEAR:-30000}
YOUTHS_PER_YEAR=${STATS_YOUTHS_PER_YEAR:-150}
OBSERVATIONS_PER_YEAR=${STATS_OBSERVATIONS_PER_YEAR:-400}
WORKERS=${STATS_WORKERS:-8}
SEED=${STATS_SEED:-0.42}
WORK=$(mktemp -d /tmp/feltlogg-stats-gen.XXXXXX)
REPORT=target/bench-statistics-data.txt
trap 'stop_app; rm -rf "$WORK"' EXIT
say() { echo "$*" | tee -a "$REPORT"; }

DISTRICTS=("Alna" "Bjerke" "Frogner" "Furuset" "Grorud" "Grünerløkka" "Haugerud" "Holmlia" "Lindeberg" "Nordstrand"
  "Romsås" "Sagene" "St. Hanshaugen" "Stovner" "Søndre Nordstrand" "Ullern" "Vestre Aker" "Østensjø" "Nordre Aker"
  "Mortensrud" "Tveita" "Vålerenga" "Torshov" "Majorstuen" "Skøyen")
[ "$TEAMS" -ge 1 ] && [ "$TEAMS" -le ${#DISTRICTS[@]} ] || { echo "STATS_TEAMS must be 1-${#DISTRICTS[@]}" >&2; exit 1; }

find_java
mkdir -p target
: > "$REPORT"
STARTED=$(date +%s)
say "== Feltlogg statistics data: $TEAMS teams x $YEARS years ($FIRST_YEAR-$((FIRST_YEAR + YEARS - 1))) x $PER_YEAR encounters, $(date -u '+%Y-%m-%d %H:%M UTC')"
say "   $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), PostgreSQL $(psql -X -V | awk '{print $3}'); load average before: $(load_average)"

build_jar "$WORK/build.log"

echo "== Fresh database $STATS_DB"
as_root su postgres -c "psql -X -q -c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'feltlogg') then create role feltlogg login; end if; end \\\$\\\$\""
as_root su postgres -c "dropdb --if-exists --force $STATS_DB && createdb -O feltlogg $STATS_DB"

SETUP_START=$(date +%s)
start_app "$WORK"
ADMIN="$WORK/admin.cookies"
signin "$ADMIN" bench.admin
echo "== $TEAMS teams, their leaders and the SLT coordinator, through the admin pages"
for i in $(seq 1 "$TEAMS"); do
  name="Ungdomsteamet ${DISTRICTS[$((i - 1))]}"
  post_form "$ADMIN" /admin/teams "name=$name"
  team=$(psql_stats -At -c "select id from team where name = '$name'")
  post_form "$ADMIN" /admin/accounts/new "username=$(printf 'bench.leader%02d' "$i")" \
    "displayName=Leder ${DISTRICTS[$((i - 1))]}" "role=LEADER" "teamId=$team" "password=$STATS_PASSWORD"
done
post_form "$ADMIN" /admin/accounts/new "username=bench.slt" "displayName=SLT-koordinator" "role=SLT" "teamId=" \
  "password=$STATS_PASSWORD"
stop_app
say "   set-up through the application (start, $TEAMS teams with code lists, $((TEAMS + 1)) accounts): $(( $(date +%s) - SETUP_START )) s"

echo "== Generating the history (bench/statistics/generate.sql)"
GEN_START=$(date +%s)
cp bench/statistics/generate.sql "$WORK/generate.sql"   # psql reads as it goes: a copy, so that editing is safe
psql -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U feltlogg -d "$STATS_DB" -v first_year="$FIRST_YEAR" -v years="$YEARS" -v per_year="$PER_YEAR" \
  -v youths_per_year="$YOUTHS_PER_YEAR" -v observations_per_year="$OBSERVATIONS_PER_YEAR" -v workers="$WORKERS" \
  -v seed="$SEED" -f "$WORK/generate.sql" > "$WORK/generate.log" 2>&1 \
  || { tail -30 "$WORK/generate.log"; exit 1; }
GEN_SECONDS=$(( $(date +%s) - GEN_START ))
say "   generate.sql: $GEN_SECONDS s (load average $(load_average)); slowest steps:"
awk '/^(INSERT|SELECT|DO|CREATE|ANALYZE|COMMIT|DROP)( |$)/ {what = $0} /^Time:/ {printf "%10.1f s  %s\n", $2 / 1000, what}' "$WORK/generate.log" \
  | sort -rn | head -6 | sed 's/^/     /' | tee -a "$REPORT"

VAC_START=$(date +%s)
PGOPTIONS='-c client_min_messages=error' psql_stats -c "vacuum (analyze)"
say "   vacuum (analyze): $(( $(date +%s) - VAC_START )) s"

say "   rows and sizes:"
psql_stats -At -F ' ' -c "
  select rpad(relname, 20), lpad(to_char(n_live_tup, 'FM999G999G999'), 12), lpad(pg_size_pretty(pg_total_relation_size(relid)), 10)
    from pg_stat_user_tables
   where relname in ('encounter', 'encounter_count', 'encounter_youth', 'shift', 'shift_worker', 'field_observation',
                     'youth', 'consent', 'priority_change', 'concern', 'journal_entry', 'account', 'code_item')
   order by pg_total_relation_size(relid) desc" | sed 's/^/     /' | tee -a "$REPORT"
psql_stats -At -c "select 'encounters counted (sum of total): ' || to_char(sum(total), 'FM999G999G999') || ', with a registered youth: '
                     || round(100.0 * count(*) filter (where registered_count > 0) / count(*), 1) || ' % of rows' from encounter" \
  | sed 's/^/   /' | tee -a "$REPORT"
say "   database size: $(psql_stats -At -c "select pg_size_pretty(pg_database_size(current_database()))")"
say "   in all: $(( $(date +%s) - STARTED )) s; load average after: $(load_average)"
echo "== Report written to $REPORT"
