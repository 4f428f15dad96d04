#!/usr/bin/env bash
# The capacity benchmark of issue 11, run by hand and never by ./mvnw verify. See docs/benchmarks.md.
#
#   bench/run-capacity.sh
#
# Two application instances on one fresh PostgreSQL database (the demo municipality, made by the first instance),
# behind nginx on 127.0.0.1 (round robin, no stickiness: a session is honoured by either instance because sessions
# live in PostgreSQL). CAPACITY_WORKERS extra workers of the demo team Ungdomsteamet Sentrum and its leader sign in
# through nginx; wrk then runs bench/evening.lua — home page, logging encounters, the encounter list, opening a youth
# (an access-log row each), and every 20th request a leader's annual report — with CAPACITY_CONNECTIONS connections,
# CAPACITY_WARMUP seconds of warm-up, then CAPACITY_DURATION seconds measured (default 600: ten minutes). Heap and
# pool connections of both instances are sampled every 30 s from their management ports (/actuator/prometheus).
# Afterwards, in the same run, 30 s each: a signed-in page (GET /) alone and GET /actuator/health alone.
# The time per request and the status come from nginx's access log. Report: target/bench-capacity.txt.
#
# Knobs: CAPACITY_DURATION (600), CAPACITY_WARMUP (60), CAPACITY_CONNECTIONS (32), CAPACITY_WORKERS (16),
# CAPACITY_HEAP (-Xmx of each instance, 512m), CAPACITY_SKIP_BUILD=1 (use the jar in target/).
# Sets itself up: nginx and wrk (Debian packages) if missing, the jar, the database feltlogg_bench_capacity (dropped
# first). Everything stays on the loopback; every wait is bounded; all it started is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${CAPACITY_DURATION:-600}
WARMUP=${CAPACITY_WARMUP:-60}
CONNECTIONS=${CAPACITY_CONNECTIONS:-32}
WORKERS=${CAPACITY_WORKERS:-16}
HEAP=${CAPACITY_HEAP:-512m}
DB=feltlogg_bench_capacity
DEMO_PASSWORD=feltlogg-demo
PASSWORD=bench-password-1234
WORK=$(mktemp -d /tmp/feltlogg-capacity.XXXXXX)
chmod 755 "$WORK"
REPORT=target/bench-capacity.txt
PIDS=()

cleanup() {
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
say() { echo "$*" | tee -a "$REPORT"; }

# --- tools ------------------------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v oathtool >/dev/null || missing+=(oathtool)
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -q && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  # the package starts a server on port 80 of its own; this benchmark runs its own on the loopback only
  as_root systemctl disable --now nginx >/dev/null 2>&1 || as_root service nginx stop >/dev/null 2>&1 || true
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
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
say "== Feltlogg capacity: two instances behind nginx, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
say "   load average before: $(cut -d" " -f1-3 /proc/loadavg); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), PostgreSQL $(psql -X -V | awk '{print $3}'), $("$JAVA" -version 2>&1 | head -1), $("$NGINX" -v 2>&1)"

if [ "${CAPACITY_SKIP_BUILD:-}" != 1 ]; then
  echo "== Building the jar"
  ./mvnw -B -ntp -DskipTests package > "$WORK/build.log" 2>&1 || { tail -50 "$WORK/build.log"; exit 1; }
fi
JAR=$(ls target/feltlogg-*.jar | grep -v original | head -1)

echo "== Fresh database $DB"
as_root su postgres -c "psql -X -q -c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'feltlogg') then create role feltlogg login; end if; end \\\$\\\$\""
as_root su postgres -c "dropdb --if-exists --force $DB && createdb -O feltlogg $DB"
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U feltlogg -d "$DB" "$@"; }

free_port() { # from
  local p
  for p in $(seq "$1" $(($1 + 100))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && ! grep -qx "$p" "$WORK/ports" 2>/dev/null; then
      echo "$p" >> "$WORK/ports"; echo "$p"; return; fi
  done
  echo "No free port from $1" >&2; exit 1
}
LB_PORT=$(free_port 18080)
APP_PORTS=("$(free_port 18181)" "$(free_port 18181)")
MGMT_PORTS=("$(free_port 18281)" "$(free_port 18281)")
BASE="http://127.0.0.1:$LB_PORT"

start_instance() { # index
  local i=$1
  "$JAVA" -Xmx"$HEAP" -jar "$JAR" --spring.profiles.active=demo \
    --server.address=127.0.0.1 --server.port="${APP_PORTS[$i]}" \
    --management.server.port="${MGMT_PORTS[$i]}" --management.server.address=127.0.0.1 \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=feltlogg \
    --spring.datasource.password= --logging.level.no.feltlogg=WARN > "$WORK/app$i.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:${MGMT_PORTS[$i]}/actuator/health/readiness" 2>/dev/null | grep -q UP && return
    kill -0 "${PIDS[$i]}" 2>/dev/null || { tail -50 "$WORK/app$i.log"; exit 1; }
    sleep 1
  done
  tail -50 "$WORK/app$i.log"; exit 1
}
echo "== Instance 1 on ${APP_PORTS[0]} (makes the demo municipality), then instance 2 on ${APP_PORTS[1]}"
start_instance 0
start_instance 1

cat > "$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  log_format timing '\$request_method \$uri \$status \$request_time \$upstream_addr \$sent_http_location';
  upstream feltlogg {
    server 127.0.0.1:${APP_PORTS[0]};
    server 127.0.0.1:${APP_PORTS[1]};
    keepalive 64;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    access_log $WORK/access.log timing;
    client_max_body_size 2m;
    location / {
      proxy_pass http://feltlogg;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-Host \$host;
      proxy_set_header X-Forwarded-Port \$server_port;
    }
  }
}
EOF
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" -e "$WORK/nginx-error.log"
for _ in $(seq 1 30); do curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break; sleep 1; done

# --- signed-in sessions through nginx -------------------------------------------------------------------------
csrf_of() { sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p' | head -1; }
DEMO_TOTP_SECRET=FELTLOGGDEMO2345   # the demo's published TOTP secret of leader.a, leader.b and admin (README)
signin() { # jar username password [TOTP secret]
  local token status
  token=$(curl -sf -c "$1" -b "$1" "$BASE/login" | csrf_of)
  status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$1" -b "$1" --data-urlencode "username=$2" \
    --data-urlencode "password=$3" --data-urlencode "_csrf=$token" "$BASE/login")
  if [ "$status" = "302 $BASE/login/second-factor" ] && [ -n "${4:-}" ]; then
    token=$(curl -sf -c "$1" -b "$1" "$BASE/login/second-factor" | csrf_of)
    status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$1" -b "$1" \
      --data-urlencode "code=$(oathtool --totp -b "$4")" --data-urlencode "_csrf=$token" "$BASE/login/second-factor")
  fi
  [ "$status" = "302 $BASE/" ] || { echo "Sign-in of $2 failed: $status" >&2; exit 1; }
}
token_of() { curl -sf -c "$1" -b "$1" "$BASE/" | csrf_of; }
cookie_of() { awk '$6 == "SESSION" || $6 == "JSESSIONID" {print $6 "=" $7}' "$1" | tail -1; }
post_form() { # jar path field=value...
  local jar=$1 path=$2 token args=() status
  shift 2
  token=$(token_of "$jar")
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "${args[@]}" --data-urlencode "_csrf=$token" "$BASE$path")
  [ "$status" = 302 ] || { echo "POST $path failed: $status" >&2; exit 1; }
}

echo "== $WORKERS workers of the demo team, made through the admin pages"
TEAM=$(psql_bench -At -c "select id from team where name = 'Ungdomsteamet Sentrum'")
MUNICIPALITY_ADMIN="$WORK/admin.cookies"
signin "$MUNICIPALITY_ADMIN" admin "$DEMO_PASSWORD" "$DEMO_TOTP_SECRET"
for i in $(seq -w 1 "$WORKERS"); do
  post_form "$MUNICIPALITY_ADMIN" /admin/accounts/new "username=cap.worker$i" "displayName=Kapasitet Arbeider $i" \
    "role=WORKER" "teamId=$TEAM" "password=$PASSWORD"
done
: > "$WORK/sessions.txt"
for i in $(seq -w 1 "$WORKERS"); do
  jar="$WORK/worker$i.cookies"
  signin "$jar" "cap.worker$i" "$PASSWORD"
  echo "worker $(cookie_of "$jar") $(token_of "$jar")" >> "$WORK/sessions.txt"
done
jar="$WORK/leader.cookies"
signin "$jar" leader.a "$DEMO_PASSWORD" "$DEMO_TOTP_SECRET"
echo "leader $(cookie_of "$jar") $(token_of "$jar")" >> "$WORK/sessions.txt"
psql_bench -At -c "select id from youth where team_id = '$TEAM' and status = 'ACTIVE' and not restricted" > "$WORK/youths.txt"
[ -s "$WORK/youths.txt" ] || { echo "No open youth in the demo team" >&2; exit 1; }
DAY=$(TZ=Europe/Oslo date -d yesterday +%F)

# --- samples of heap and pool connections ------------------------------------------------------------------------
metric() { # instance metric-name label-substring -> sum of the samples of that metric whose labels contain it
  curl -sf "http://127.0.0.1:${MGMT_PORTS[$1]}/actuator/prometheus" \
    | awk -v name="$2" -v label="$3" '$0 !~ /^#/ && index($0, name "{") == 1 && index($0, label) > 0 {s += $NF} END {printf "%.0f", s}'
}
sample() {
  local line i
  line="$(date -u +%H:%M:%S)"
  for i in 0 1; do
    line="$line  instance$((i + 1)): heap $(( $(metric $i jvm_memory_used_bytes 'area="heap"') / 1048576 )) MB,"
    line="$line pool active $(metric $i hikaricp_connections_active pool) idle $(metric $i hikaricp_connections_idle pool)"
    line="$line pending $(metric $i hikaricp_connections_pending pool)"
  done
  echo "$line  db backends $(psql_bench -At -c "select count(*) from pg_stat_activity where datname = '$DB'")"
}

percentile() { sort -n | awk -v p="$1" '{v[NR] = $1} END {if (NR == 0) {print "n/a"; exit} i = int(NR * p / 100); if (i < NR * p / 100) i++; if (i < 1) i = 1; printf "%.0f", v[i] * 1000}'; }
kind_of() { # nginx log -> "kind time status location" per line
  awk '{k = "other"
        if ($1 == "GET" && $2 == "/") k = "home"
        else if ($1 == "POST" && $2 == "/fieldwork/encounters/new") k = "encounter"
        else if ($1 == "GET" && $2 == "/fieldwork/encounters") k = "list"
        else if ($1 == "GET" && $2 ~ /^\/youth\/[0-9a-f-]+$/) k = "youth"
        else if ($1 == "GET" && $2 == "/statistics/annual") k = "report"
        print k, $4, $3, ($6 == "" ? "-" : $6), $5}' "$1"
}
# 499: nginx's note that the client closed the connection, which wrk does to the requests in flight when it stops
is_error='$3 != 499 && (($1 == "encounter" && ($3 != 302 || $4 ~ /login/)) || ($1 != "encounter" && $3 != 200))'

echo "== Warm-up ${WARMUP}s, then ${DURATION}s measured, $CONNECTIONS connections"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/evening.lua "$BASE" -- "$WORK/sessions.txt" "$WORK/youths.txt" "$DAY" 2 > "$WORK/warmup.txt"
SKIP=$(wc -l < "$WORK/access.log")
sample > "$WORK/samples.txt"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/evening.lua "$BASE" -- "$WORK/sessions.txt" "$WORK/youths.txt" "$DAY" 2 > "$WORK/wrk.txt" &
WRK=$!
while kill -0 "$WRK" 2>/dev/null; do
  for _ in $(seq 1 30); do kill -0 "$WRK" 2>/dev/null || break; sleep 1; done
  sample >> "$WORK/samples.txt"
done
wait "$WRK"
cp "$WORK"/app*.log target/ 2>/dev/null || true
tail -n +"$((SKIP + 1))" "$WORK/access.log" > "$WORK/measured.log"
kind_of "$WORK/measured.log" > "$WORK/kinds.txt"
TOTAL=$(wc -l < "$WORK/kinds.txt")
ERRORS=$(awk "$is_error" "$WORK/kinds.txt" | wc -l)
say ""
say "== Mixed evening load through nginx (round robin, no stickiness) to two instances, $CONNECTIONS connections, ${DURATION}s after ${WARMUP}s warm-up"
say "   command: bench/run-capacity.sh   (wrk -t2 -c$CONNECTIONS -d${DURATION}s -s bench/evening.lua)"
say "   throughput: $(awk -v n="$TOTAL" -v d="$DURATION" 'BEGIN {printf "%.0f", n / d}') requests/s ($TOTAL requests), errors: $ERRORS;" \
  "in flight when wrk stopped (499): $(awk '$3 == 499' "$WORK/kinds.txt" | wc -l)"
say "   time per request at nginx (ms):     n      p50    p95    p99   errors"
for kind in all home encounter list youth report; do
  awk -v k="$kind" 'k == "all" || $1 == k {print $2}' "$WORK/kinds.txt" > "$WORK/t.txt"
  errors=$(awk -v k="$kind" "(k == \"all\" || \$1 == k) && ($is_error)" "$WORK/kinds.txt" | wc -l)
  say "$(printf '   %-30s %7d %6s %6s %6s %6d' "$kind" "$(wc -l < "$WORK/t.txt")" "$(percentile 50 < "$WORK/t.txt")" "$(percentile 95 < "$WORK/t.txt")" "$(percentile 99 < "$WORK/t.txt")" "$errors")"
done
say "   errors by kind and answer: $(awk "$is_error" "$WORK/kinds.txt" | awk '{print $1 " " $3 ($4 ~ /login/ ? " (to login)" : "")}' | sort | uniq -c | awk '{c = $1; $1 = ""; printf "%s x%s; ", $0, c}')"
say "   requests per instance: $(awk '{print $5}' "$WORK/kinds.txt" | sort | uniq -c | awk '{printf "%s %s  ", $2, $1}')"
say "   wrk (client side): $(grep -E 'Requests/sec' "$WORK/wrk.txt" | xargs); $(grep -E ' 99%' "$WORK/wrk.txt" | xargs | sed 's/^/p99 /'); $(grep -E 'Non-2xx|Socket errors' "$WORK/wrk.txt" | xargs)"
say "   encounters stored: $(psql_bench -At -c "select count(*) from encounter where source_id is null and created_by in (select id from account where username like 'cap.worker%')" 2>/dev/null || echo n/a)," \
  "access-log rows: $(psql_bench -At -c "select count(*) from access_log")"
say "   samples every 30 s (heap used, pool connections per instance):"
sed 's/^/     /' "$WORK/samples.txt" | tee -a "$REPORT"
say "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== A signed-in page and the health endpoint alone, 30 s each"
cat > "$WORK/home.lua" <<'EOF'
function init(args) cookie = args[1] end
function request() return wrk.format("GET", "/", { ["Cookie"] = cookie }) end
EOF
HOME_COOKIE=$(awk '$1 == "worker" {print $2; exit}' "$WORK/sessions.txt")
wrk -t2 -c"$CONNECTIONS" -d30s -s "$WORK/home.lua" "$BASE" -- "$HOME_COOKIE" > "$WORK/wrk-home.txt"
wrk -t2 -c"$CONNECTIONS" -d30s "$BASE/actuator/health" > "$WORK/wrk-health.txt"
say ""
say "== Alone, 30 s each, $CONNECTIONS connections through nginx"
say "   GET / (signed-in home page): $(grep -E 'Requests/sec' "$WORK/wrk-home.txt" | xargs); $(grep -E 'Non-2xx|Socket errors' "$WORK/wrk-home.txt" | xargs)"
say "   GET /actuator/health:        $(grep -E 'Requests/sec' "$WORK/wrk-health.txt" | xargs); $(grep -E 'Non-2xx|Socket errors' "$WORK/wrk-health.txt" | xargs)"
