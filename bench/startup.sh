#!/usr/bin/env bash
# Startup time to the first successful response, against an empty Quarkus REST app started the same
# way in the same run (bench/empty-app), on Java 17 and on Temurin 25 with an AOT cache. See BENCHMARKS.md.
#
#   bash bench/startup.sh [--rounds 3] [--no-build]
#
# Measured for the leaderboard: a first start (empty data directory: on embedded H2 the seed database of the
# bundled data is copied in, README "The first-start snapshot"; Flyway validates it) and a start over the existing
# database. Each figure is the median of the rounds; the three
# kinds of start alternate within a round.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ROUNDS=3 BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=$2; shift ;;
    --no-build) BUILD=0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
# The options bench/run.sh starts the app with (README's and the Dockerfile's), for both apps.
OPTS=${JAVA_OPTS:-$(sed -n 's/^JAVA_OPTS_DEFAULT="\(.*\)"$/\1/p' bench/run.sh)}
PORT=${PORT:-18090}
WORK=$ROOT/bench/work/startup
rm -rf "$WORK" && mkdir -p "$WORK"

if [ "$BUILD" = 1 ]; then
  ./mvnw -B -q package -DskipTests
fi
if [ "$BUILD" = 1 ] || [ ! -f bench/empty-app/target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q -f bench/empty-app/pom.xml package -DskipTests
fi
if curl -fso /dev/null "http://127.0.0.1:${PORT:-18090}/"; then echo "port ${PORT:-18090} is taken" >&2; exit 1; fi
APP=$ROOT/target/quarkus-app
EMPTY=$ROOT/bench/empty-app/target/quarkus-app

now_ms() { date +%s%3N; }
PID=
stop() { [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true; PID=; }
trap stop EXIT

# start DIR DATA_DIR JAVA EXTRA_OPTS... -> sets MS to the ms until the first 200 on / ; leaves the process running in $PID
# (not called in a $(...) subshell, which would lose PID and leave the app running)
start() {
  local dir=$1 data=$2 java=$3; shift 3
  local t0; t0=$(now_ms)
  (cd "$dir" && LEADERBOARD_DATA_DIR=$data QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
    MALLOC_ARENA_MAX=2 exec "$java" $OPTS "$@" -jar quarkus-run.jar >"$WORK/last.log" 2>&1) &
  PID=$!
  until curl -fso /dev/null "http://127.0.0.1:$PORT/"; do
    kill -0 "$PID" 2>/dev/null || { echo "start failed, see $WORK/last.log" >&2; tail -5 "$WORK/last.log" >&2; exit 1; }
    sleep 0.02
  done
  MS=$(( $(now_ms) - t0 ))
}

# Exercises the app a little (for AOT training runs): pages, GraphQL, the JSON API.
exercise() {
  for p in / "/?sort=gpqa" /labs /models/deepseek-ai/deepseek-r2 /stats "/api/models?first=100"; do
    curl -fso /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$p" || true
  done
  curl -fso /dev/null -H 'Content-Type: application/json' --data-binary @bench/graphql-models.json "http://127.0.0.1:$PORT/graphql" || true
}

declare -A T
record() { T[$1]="${T[$1]:-} $2"; }

for jvm in 17 25aot; do
  java=$JAVA17; extra_empty=(); extra_app=()
  if [ "$jvm" = 25aot ]; then
    java=$JAVA25
    [ -x "$java" ] || { echo "no Temurin 25 at $java: skipping the AOT runs"; continue; }
    echo "== Temurin 25: AOT training runs"
    rm -f "$APP/app.aot" "$EMPTY/app.aot"
    # Recorded without the metaspace cap, which leaves the JVM too little room to write the app's cache; the cache
    # maps under the full $OPTS. The app's is recorded on a start over a loaded database (the usual start).
    RUN_OPTS=$OPTS; OPTS=$(sed 's/-XX:MaxMetaspaceSize=[^ ]*//' <<<"$OPTS")
    start "$EMPTY" "$WORK/train-empty" "$java" -XX:AOTCacheOutput=app.aot; exercise; stop
    start "$APP" "$WORK/train-app" "$java"; stop
    start "$APP" "$WORK/train-app" "$java" -XX:AOTCacheOutput=app.aot; exercise; stop
    OPTS=$RUN_OPTS
    sleep 5 # the cache is written by a JVM of its own after the recorded one stops
    [ -f "$APP/app.aot" ] || echo "no AOT cache was written for the app (see $WORK/last.log)" >&2
    extra_empty=(-XX:AOTCache=app.aot); extra_app=(-XX:AOTCache=app.aot)
  fi
  for r in $(seq 1 "$ROUNDS"); do
    start "$EMPTY" "$WORK/empty" "$java" "${extra_empty[@]}"; stop; record "$jvm empty" "$MS"
    rm -rf "$WORK/db"
    start "$APP" "$WORK/db" "$java" "${extra_app[@]}"; stop; record "$jvm first" "$MS"
    start "$APP" "$WORK/db" "$java" "${extra_app[@]}"; stop; record "$jvm again" "$MS"
    echo "   round $r ($jvm): empty ${T[$jvm empty]##* } ms, first start ${T[$jvm first]##* } ms, restart ${T[$jvm again]##* } ms"
  done
done

median() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ printf "%.2f", a / b }'; }
STAMP=$(date -u +%Y-%m-%dT%H:%MZ)
{
  echo "### Startup — $STAMP"
  echo
  echo "\`bash bench/startup.sh --rounds $ROUNDS\` · $(nproc) cores · \`$OPTS\` · median of $ROUNDS, ms to the first 200 on \`GET /\`"
  echo
  echo "| JVM | empty Quarkus REST app | leaderboard, first start (every bundled set, from the seed) | ratio | leaderboard, start over the existing database | ratio |"
  echo "|---|---:|---:|---:|---:|---:|"
  for jvm in 17 25aot; do
    [ -n "${T[$jvm empty]:-}" ] || continue
    e=$(median "${T[$jvm empty]}"); f=$(median "${T[$jvm first]}"); a=$(median "${T[$jvm again]}")
    label=$([ "$jvm" = 17 ] && echo "Java 17 ($("$JAVA17" -version 2>&1 | head -1 | cut -d'"' -f2))" || echo "Temurin 25, AOT cache")
    echo "| $label | $e | $f | $(ratio "$f" "$e") | $a | $(ratio "$a" "$e") |"
  done
} | tee "$ROOT/bench/results/$STAMP-startup.md"
