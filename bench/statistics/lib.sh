# Shared by bench/generate-statistics-data.sh and bench/run-statistics.sh (sourced, not run): the JDK, the jar, the
# application on a free port of 127.0.0.1, and sign-in through the real login form with its CSRF token. Every wait is
# bounded; the application started here is stopped by stop_app (the callers trap EXIT).

STATS_DB=${STATS_DB:-feltlogg_bench_stats}
STATS_PASSWORD=bench-password-1234
APP_PID=""

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
psql_stats() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U feltlogg -d "$STATS_DB" "$@"; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

find_java() {
  JAVA=""
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] \
        && "$candidate/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
      JAVA="$candidate/bin/java"; export JAVA_HOME=$candidate; return 0
    fi
  done
  echo "No JDK 21 or newer found under /usr/lib/jvm" >&2
  exit 1
}

# Sets JAR: STATS_JAR if given (a jar built before, for a measurement before a change), else the jar in target/,
# built first unless STATS_SKIP_BUILD=1 and one is there.
build_jar() { # log file
  if [ -n "${STATS_JAR:-}" ]; then
    [ -f "$STATS_JAR" ] || { echo "No jar $STATS_JAR" >&2; exit 1; }
    JAR=$STATS_JAR
    return 0
  fi
  if [ "${STATS_SKIP_BUILD:-0}" != 1 ] || ! ls target/feltlogg-*.jar > /dev/null 2>&1; then
    echo "== Building the jar"
    ./mvnw -B -ntp -DskipTests package > "$1" 2>&1 || { tail -50 "$1"; exit 1; }
  fi
  JAR=$(ls target/feltlogg-*.jar | grep -v original | head -1)
}

start_app() { # work dir, extra arguments...
  local work=$1 candidate
  shift
  PORT=""
  for candidate in $(seq 18280 18380); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then PORT=$candidate; break; fi
  done
  [ -n "$PORT" ] || { echo "No free port in 18280-18380" >&2; exit 1; }
  BASE="http://127.0.0.1:$PORT"
  echo "== Starting the application on $BASE (database $STATS_DB)"
  FELTLOGG_ADMIN_USERNAME=bench.admin FELTLOGG_ADMIN_PASSWORD=$STATS_PASSWORD FELTLOGG_MUNICIPALITY_NAME="Benkvik kommune" \
    "$JAVA" -Xmx${STATS_HEAP:-1g} -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" --management.server.port=0 \
    --feltlogg.mfa.required-roles= --feltlogg.sign-in.address-failures=100000 \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$STATS_DB" --spring.datasource.username=feltlogg \
    --spring.datasource.password= "$@" > "$work/app.log" 2>&1 &
  APP_PID=$!
  # a migration that fills a roll-up from millions of rows may take minutes at the first start
  for _ in $(seq 1 900); do
    curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q UP && return 0
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$work/app.log"; exit 1; }
    sleep 1
  done
  tail -50 "$work/app.log"
  echo "The application did not start within 900 s" >&2
  exit 1
}

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
  fi
  APP_PID=""
}

csrf_of() { sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p' | head -1; }

signin() { # cookie jar, username
  local token status
  token=$(curl -sf -c "$1" -b "$1" "$BASE/login" | csrf_of)
  status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$1" -b "$1" --data-urlencode "username=$2" \
    --data-urlencode "password=$STATS_PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login")
  [ "$status" = "302 $BASE/" ] || { echo "Sign-in of $2 failed: $status" >&2; exit 1; }
}

post_form() { # cookie jar, path, field=value...
  local jar=$1 path=$2 token args=() status field
  shift 2
  token=$(curl -sf -c "$jar" -b "$jar" "$BASE/" | csrf_of)
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "${args[@]}" --data-urlencode "_csrf=$token" "$BASE$path")
  [ "$status" = 302 ] || { echo "POST $path failed: $status" >&2; exit 1; }
}
