#!/usr/bin/env bash
# The native executable side by side with the jar, in one run (see BENCHMARKS.md, "Native"):
# time to the first 200 of `GET /` on a fresh and on an already loaded database, RSS after that first
# page and after 10,000 more requests of `/`, and `GET /` throughput.
#
#   bash bench/native.sh --runner target/llm-leaderboard-1.0.0-SNAPSHOT-runner [--rounds 3] [--seconds 20]
#
# The runner is a native executable built before (./mvnw package -Dnative, H2 or PostgreSQL); the jar is
# target/quarkus-app, started with the JVM options of the Dockerfile. For a PostgreSQL build, set
# QUARKUS_DATASOURCE_JDBC_URL, _USERNAME and _PASSWORD: each "fresh" start then runs on a database emptied
# with `drop owned` first. Needs curl, ab (apache2-utils) and wrk. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNNER= ROUNDS=3 SECONDS_=20
while [ $# -gt 0 ]; do
  case "$1" in
    --runner) RUNNER=$2; shift ;;
    --rounds) ROUNDS=$2; shift ;;
    --seconds) SECONDS_=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ -x "$RUNNER" ] || { echo "--runner: no executable at '$RUNNER'" >&2; exit 2; }
RUNNER=$(cd "$(dirname "$RUNNER")" && pwd)/$(basename "$RUNNER")
JAR=$ROOT/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw package -DskipTests first" >&2; exit 2; }
JAVA=${JAVA:-java}
JVM_OPTS="-Xms32m -Xmx160m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:MaxDirectMemorySize=32m"
PORT=${PORT:-18091}
URL=http://127.0.0.1:$PORT
WORK=$ROOT/bench/work/native
rm -rf "$WORK" && mkdir -p "$WORK"
if curl -fso /dev/null "$URL/"; then echo "port $PORT is taken" >&2; exit 1; fi

now_ms() { date +%s%3N; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
PID=
stop() { [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true; PID=; }
trap stop EXIT

fresh_database() {
  rm -rf "$WORK/db"
  if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
    local u=${QUARKUS_DATASOURCE_JDBC_URL#jdbc:postgresql://}
    PGPASSWORD=$QUARKUS_DATASOURCE_PASSWORD psql -q -h "${u%%:*}" -U "$QUARKUS_DATASOURCE_USERNAME" -d "${u##*/}" \
      -c "drop owned by current_user" >/dev/null
  fi
}

# start KIND -> MS: ms from exec to the first 200 of / ; leaves the process running in $PID
start() {
  local t0; t0=$(now_ms)
  if [ "$1" = native ]; then
    (LEADERBOARD_DATA_DIR=$WORK/db QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 exec "$RUNNER" >"$WORK/last.log" 2>&1) &
  else
    (LEADERBOARD_DATA_DIR=$WORK/db QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 MALLOC_ARENA_MAX=2 \
      exec "$JAVA" $JVM_OPTS -jar "$JAR" >"$WORK/last.log" 2>&1) &
  fi
  PID=$!
  until curl -fso /dev/null "$URL/"; do
    kill -0 "$PID" 2>/dev/null || { echo "start failed, see $WORK/last.log" >&2; tail -5 "$WORK/last.log" >&2; exit 1; }
    sleep 0.005
  done
  MS=$(( $(now_ms) - t0 ))
}

declare -A T
record() { T[$1]="${T[$1]:-} $2"; }
median() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }

for r in $(seq 1 "$ROUNDS"); do
  for kind in native jar; do
    fresh_database
    start "$kind"; stop; record "$kind fresh" "$MS"
    start "$kind"; record "$kind loaded" "$MS"; record "$kind rss-start" "$(rss_mb "$PID")"
    ab -q -n 10000 -c 8 -H 'Accept-Encoding: gzip' "$URL/" >"$WORK/ab-$kind.txt"
    grep -q '^Non-2xx' "$WORK/ab-$kind.txt" && { echo "non-2xx answers, see $WORK/ab-$kind.txt" >&2; exit 1; }
    record "$kind rss-10k" "$(rss_mb "$PID")"
    if [ "$r" = 1 ]; then
      # Throughput once per kind: a warm-up as long as the measurement, then the measurement.
      wrk -t2 -c32 -d"${SECONDS_}s" -H 'Accept-Encoding: gzip' "$URL/" >/dev/null
      wrk --latency -t2 -c32 -d"${SECONDS_}s" -H "Accept-Encoding: gzip" "$URL/" >"$WORK/wrk-$kind.txt"
      T[$kind rps]=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$WORK/wrk-$kind.txt")
      T[$kind p99]=$(awk "/ 99%/ { print \$2 }" "$WORK/wrk-$kind.txt")
      T[$kind rss-load]=$(rss_mb "$PID")
    fi
    stop
    echo "   round $r ($kind): fresh ${T[$kind fresh]##* } ms, loaded ${T[$kind loaded]##* } ms, RSS ${T[$kind rss-start]##* } → ${T[$kind rss-10k]##* } MB"
  done
done

STAMP=$(date -u +%Y-%m-%dT%H:%MZ)
SIZE=$(du -m "$RUNNER" | cut -f1)
JARSIZE=$(du -sm "$ROOT/target/quarkus-app" | cut -f1)
{
  echo "### Native vs jar — $STAMP, commit $(git rev-parse --short HEAD)"
  echo
  echo "\`bash bench/native.sh --rounds $ROUNDS --seconds $SECONDS_\` · $(nproc) cores · database: ${QUARKUS_DATASOURCE_JDBC_URL:-embedded H2} ·"
  echo "jar: \`$("$JAVA" -version 2>&1 | head -1)\` with \`$JVM_OPTS\` · median of $ROUNDS starts"
  echo
  echo "| | native | jar |"
  echo "|---|---:|---:|"
  echo "| size | $SIZE MB executable | $JARSIZE MB target/quarkus-app (plus a JRE) |"
  for m in "fresh:first 200 of / on a fresh database, ms" "loaded:first 200 of / on a loaded database, ms" \
           "rss-start:RSS after that first /, MB" "rss-10k:RSS after 10,000 more requests of /, MB"; do
    echo "| ${m#*:} | $(median "${T[native ${m%%:*}]}") | $(median "${T[jar ${m%%:*}]}") |"
  done
  echo "| GET / throughput (wrk -t2 -c32, ${SECONDS_} s after ${SECONDS_} s warm-up), req/s | ${T[native rps]} | ${T[jar rps]} |"
  echo "| p99 latency then | ${T[native p99]} | ${T[jar p99]} |"
  echo "| RSS after the throughput run, MB | ${T[native rss-load]} | ${T[jar rss-load]} |"
} | tee "$ROOT/bench/results/$STAMP-native.md"
