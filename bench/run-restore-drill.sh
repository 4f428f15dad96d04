#!/usr/bin/env bash
# The restore drill of docs/operations.md, run by hand and never by ./mvnw verify:
#
#   bench/run-restore-drill.sh
#
# On a throwaway PostgreSQL cluster of its own (port 5499, WAL archived to a folder), it
# 1. fills a database with the demo municipality by starting the built jar on it with the demo profile;
# 2. takes a logical backup (pg_dump -Fc), restores it into a new database and compares every table's row count;
# 3. takes a base backup (pg_basebackup), records a change A, notes the time, makes a damaging change B (all of one
#    table's rows deleted), then recovers the base backup to the noted time (point-in-time recovery from the WAL
#    archive) on port 5498 and checks that A is there and B is not.
# Every step is timed; the timings go to target/restore-drill.txt. Needs root (to run the server as postgres), the
# PostgreSQL server binaries (Debian's postgresql package) and a built jar (./mvnw -B -ntp -DskipTests package).
# Everything stays on 127.0.0.1 and in $DRILL (default /var/tmp/feltlogg-drill), which is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

DRILL=${DRILL:-/var/tmp/feltlogg-drill}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PRIMARY_PORT=5499
RESTORE_PORT=5498
APP_PORT=${DRILL_APP_PORT:-18090}
REPORT=target/restore-drill.txt
APP_PID=""

pg() { su postgres -c "$*"; }
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  for dir in "$DRILL/primary" "$DRILL/restored"; do
    [ -f "$dir/postmaster.pid" ] && pg "$PGBIN/pg_ctl -D $dir -m fast -w stop" >/dev/null 2>&1 || true
  done
  rm -rf "$DRILL"
}
trap cleanup EXIT
mkdir -p target
: > "$REPORT"
say() { echo "$*" | tee -a "$REPORT"; }
now() { date +%s.%N; }
since() { awk -v s="$1" -v e="$(now)" 'BEGIN {printf "%.1f s", e - s}'; }
psql_on() { # port database sql
  psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U postgres -d "$2" -c "$3"
}

JAR=$(ls target/feltlogg-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$JAR" ] || { echo "Build the jar first: ./mvnw -B -ntp -DskipTests package" >&2; exit 1; }
JAVA=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] \
      && "$candidate/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA="$candidate/bin/java"; break
  fi
done
[ -n "$JAVA" ] || { echo "No JDK 21 or newer found under /usr/lib/jvm" >&2; exit 1; }

say "== Feltlogg restore drill, $(date -u '+%Y-%m-%d %H:%M UTC'), PostgreSQL $("$PGBIN/postgres" -V | awk '{print $3}'), $(nproc) cores"
rm -rf "$DRILL"
mkdir -p "$DRILL/wal-archive" "$DRILL/dumps"
chown -R postgres: "$DRILL"

echo "== A primary with WAL archiving on port $PRIMARY_PORT"
pg "$PGBIN/initdb -D $DRILL/primary -A trust -U postgres -E UTF8 --locale=C.UTF-8" > /dev/null
cat >> "$DRILL/primary/postgresql.conf" <<EOF
port = $PRIMARY_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DRILL'
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $DRILL/wal-archive/%f && cp %p $DRILL/wal-archive/%f'
archive_timeout = 10
EOF
pg "$PGBIN/pg_ctl -D $DRILL/primary -l $DRILL/primary.log -w start" > /dev/null
psql_on $PRIMARY_PORT postgres "create role feltlogg login"
psql_on $PRIMARY_PORT postgres "create database feltlogg owner feltlogg"

echo "== The demo municipality, made by the application itself"
START=$(now)
"$JAVA" -jar "$JAR" --spring.profiles.active=demo --server.address=127.0.0.1 --server.port="$APP_PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/feltlogg" --spring.datasource.username=feltlogg \
  --spring.datasource.password= > "$DRILL/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null | grep -q UP && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$DRILL/app.log"; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" | grep -q UP || { tail -40 "$DRILL/app.log"; exit 1; }
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
SIZE=$(psql_on $PRIMARY_PORT feltlogg "select pg_size_pretty(pg_database_size('feltlogg'))")
COUNTS_SQL="select string_agg(format('%s=%s', c.relname, (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I', c.relname), false, true, '')))[1]::text), ' ' order by c.relname)
  from pg_class c join pg_namespace s on s.oid = c.relnamespace where s.nspname = 'public' and c.relkind = 'r'"
BEFORE=$(psql_on $PRIMARY_PORT feltlogg "$COUNTS_SQL")
say "   demo data made in $(since "$START"); database size $SIZE; $(echo "$BEFORE" | wc -w) tables;" \
  "encounters: $(psql_on $PRIMARY_PORT feltlogg "select count(*) from encounter"), youths: $(psql_on $PRIMARY_PORT feltlogg "select count(*) from youth")"

echo "== 1. Logical backup and restore"
START=$(now)
pg "$PGBIN/pg_dump -h 127.0.0.1 -p $PRIMARY_PORT -U postgres -Fc -f $DRILL/dumps/feltlogg.dump feltlogg"
say "   pg_dump -Fc feltlogg: $(since "$START"), $(du -h "$DRILL/dumps/feltlogg.dump" | cut -f1)"
psql_on $PRIMARY_PORT postgres "create database feltlogg_restored owner feltlogg"
START=$(now)
pg "$PGBIN/pg_restore -h 127.0.0.1 -p $PRIMARY_PORT -U postgres -d feltlogg_restored --exit-on-error $DRILL/dumps/feltlogg.dump"
say "   pg_restore into feltlogg_restored: $(since "$START")"
AFTER=$(psql_on $PRIMARY_PORT feltlogg_restored "$COUNTS_SQL")
if [ "$BEFORE" = "$AFTER" ]; then say "   row counts of all $(echo "$AFTER" | wc -w) tables identical"; else
  say "   ROW COUNTS DIFFER"; diff <(echo "$BEFORE" | tr ' ' '\n') <(echo "$AFTER" | tr ' ' '\n') | tee -a "$REPORT"; exit 1; fi

echo "== 2. Point-in-time recovery"
START=$(now)
pg "$PGBIN/pg_basebackup -h 127.0.0.1 -p $PRIMARY_PORT -U postgres -D $DRILL/base -X stream -c fast"
say "   pg_basebackup -X stream: $(since "$START"), $(du -sh "$DRILL/base" | cut -f1)"
psql_on $PRIMARY_PORT feltlogg "create table drill_marker (what text primary key, at timestamptz default clock_timestamp()); insert into drill_marker (what) values ('A: after the base backup')"
psql_on $PRIMARY_PORT feltlogg "select pg_switch_wal()" > /dev/null
TARGET=$(psql_on $PRIMARY_PORT feltlogg "select clock_timestamp()")
OBSERVATIONS=$(psql_on $PRIMARY_PORT feltlogg "select count(*) from field_observation")
psql_on $PRIMARY_PORT feltlogg "insert into drill_marker (what) values ('B: the mistake'); delete from field_observation"
psql_on $PRIMARY_PORT feltlogg "select pg_switch_wal()" > /dev/null
for _ in $(seq 1 30); do
  [ "$(psql_on $PRIMARY_PORT postgres "select last_failed_wal is null and last_archived_wal >= pg_walfile_name(pg_current_wal_lsn() - 1) from pg_stat_archiver")" = t ] && break
  sleep 1
done
say "   change A, recovery target $TARGET, then change B (delete of all $OBSERVATIONS rows of field_observation)"
pg "$PGBIN/pg_ctl -D $DRILL/primary -m fast -w stop" > /dev/null
START=$(now)
cp -a "$DRILL/base" "$DRILL/restored"
cat >> "$DRILL/restored/postgresql.conf" <<EOF
port = $RESTORE_PORT
archive_mode = off
restore_command = 'cp $DRILL/wal-archive/%f %p'
recovery_target_time = '$TARGET'
recovery_target_action = 'promote'
EOF
touch "$DRILL/restored/recovery.signal"
chown -R postgres: "$DRILL/restored"
pg "$PGBIN/pg_ctl -D $DRILL/restored -l $DRILL/restored.log -w -t 120 start" > /dev/null
for _ in $(seq 1 60); do
  [ "$(psql_on $RESTORE_PORT postgres "select pg_is_in_recovery()")" = f ] && break
  sleep 1
done
say "   recovery of the base backup to the target time: $(since "$START")"
MARKERS=$(psql_on $RESTORE_PORT feltlogg "select string_agg(what, ', ' order by what) from drill_marker")
KEPT=$(psql_on $RESTORE_PORT feltlogg "select count(*) from field_observation")
say "   after recovery: markers [$MARKERS], field_observation rows $KEPT of $OBSERVATIONS"
[ "$MARKERS" = "A: after the base backup" ] && [ "$KEPT" = "$OBSERVATIONS" ] || { say "   RECOVERY WRONG"; exit 1; }
say "   point-in-time recovery: change A kept, change B undone"
