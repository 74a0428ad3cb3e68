#!/usr/bin/env bash
# Import benchmark: the synthetic data set through POST /admin/import, chunk by chunk, into a new embedded H2
# database or an emptied PostgreSQL one, on 127.0.0.1 only. See BENCHMARKS.md ("Import").
#
#   bash bench/import.sh --db postgresql        # 100,000 models into PostgreSQL
#   bash bench/import.sh --db h2 --models 10000
#
# Options: --models N (100000) --db h2|postgresql (h2) --no-build --java-opts "..." (default: run.sh's)
#          --pg-url URL (jdbc:postgresql://127.0.0.1:5432/leaderboard_bench) --pg-user U --pg-password P (leaderboard)
# PostgreSQL: when this runs as root beside Debian's PostgreSQL the database is dropped and created (C collation, as
# .ci/postgres-setup.sh does); otherwise it must exist and be empty. The PostgreSQL build (the same sources with
# -Dquarkus.datasource.db-kind=postgresql) goes to bench/work/pg-build, leaving target/ to the H2 build.
# Writes bench/results/<stamp>-import-<db>-<models>.md; bench/run.sh's summary shows the newest PostgreSQL one.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
MODELS=100000 DB=h2 BUILD=1
PG_URL=jdbc:postgresql://127.0.0.1:5432/leaderboard_bench PG_USER=leaderboard PG_PASSWORD=leaderboard
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-$(sed -n 's/^JAVA_OPTS_DEFAULT="\(.*\)"$/\1/p' bench/run.sh)}
while [ $# -gt 0 ]; do
  case "$1" in
    --models) MODELS=$2; shift ;;
    --db) DB=$2; shift ;;
    --no-build) BUILD=0 ;;
    --java-opts) JAVA_OPTS=$2; shift ;;
    --pg-url) PG_URL=$2; shift ;;
    --pg-user) PG_USER=$2; shift ;;
    --pg-password) PG_PASSWORD=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
case "$DB" in h2|postgresql) ;; *) echo "--db is h2 or postgresql" >&2; exit 2 ;; esac
APP_PORT=${APP_PORT:-18085}
BASE=http://127.0.0.1:$APP_PORT
WORK=$ROOT/bench/work/import-$DB-$MODELS
DATA=$ROOT/bench/data/$MODELS
RESULTS=$ROOT/bench/results
now_ms() { date +%s%3N; }
. bench/lib.sh

if [ ! -f "$DATA/.complete" ]; then
  echo "== generating $MODELS models"
  rm -rf "$DATA" && python3 bench/generate.py --models "$MODELS" --out "$DATA" && touch "$DATA/.complete"
fi
APP=$ROOT/target/quarkus-app
if [ "$DB" = postgresql ]; then
  APP=$ROOT/bench/work/pg-build/target/quarkus-app
  if [ "$BUILD" = 1 ] || [ ! -f "$APP/quarkus-run.jar" ]; then
    echo "== packaging the PostgreSQL build in bench/work/pg-build"
    rm -rf bench/work/pg-build && mkdir -p bench/work/pg-build
    tar -c --exclude=./target --exclude=./bench/work --exclude=./bench/data --exclude=./.git . | tar -x -C bench/work/pg-build
    (cd bench/work/pg-build && ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql)
  fi
  NAME=${PG_URL##*/}; NAME=${NAME%%\?*}
  if [ "$(id -u)" = 0 ] && command -v pg_ctlcluster >/dev/null; then
    su postgres -c "dropdb --if-exists $NAME && createdb -O $PG_USER -E UTF8 --locale=C -T template0 $NAME"
  fi
  DB_ENV=(QUARKUS_DATASOURCE_JDBC_URL="$PG_URL" QUARKUS_DATASOURCE_USERNAME="$PG_USER" QUARKUS_DATASOURCE_PASSWORD="$PG_PASSWORD")
else
  if [ "$BUILD" = 1 ]; then echo "== packaging the app"; ./mvnw -B -q package -DskipTests; fi
  DB_ENV=()
fi

rm -rf "$WORK" && mkdir -p "$WORK/db"
APP_PID=
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap cleanup EXIT
echo "== starting the app on $DB ($JAVA $JAVA_OPTS)"
# A chunk is one transaction; on a busy machine 5,000 models can take longer than the default 60 s.
env "${DB_ENV[@]}" QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=600s MALLOC_ARENA_MAX=2 \
  LEADERBOARD_DATA_DIR="$WORK/db" LEADERBOARD_BUNDLED_DATA_ENABLED=false LEADERBOARD_EDITOR_PASSWORD=bench \
  QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_HTTP_HOST=127.0.0.1 "$JAVA" $JAVA_OPTS -jar "$APP/quarkus-run.jar" >"$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -fso /dev/null "$BASE/"; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app died; see $WORK/app.log" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }
  sleep 0.1
done
TOTAL_BEFORE=$(curl -fs -H 'Content-Type: application/json' -d '{"query":"{ models(first: 0) { totalCount } }"}' "$BASE/graphql" | sed 's/.*"totalCount":\([0-9]*\).*/\1/')
[ "$TOTAL_BEFORE" = 0 ] || { echo "the database is not empty ($TOTAL_BEFORE models)" >&2; exit 1; }

echo "== importing $(ls "$DATA"/*.json | wc -l) chunks through POST /admin/import"
import_chunks "$DATA"
RATE=$(( MODELS * 1000 / IMPORT_MS ))
echo "   imported in $IMPORT_MS ms, $RATE models/s (chunks:$CHUNK_MS)"
wait_aftermath
TOTAL=$(curl -fs -H 'Content-Type: application/json' -d '{"query":"{ models(first: 0) { totalCount } }"}' "$BASE/graphql" | sed 's/.*"totalCount":\([0-9]*\).*/\1/')
SIZE=; [ "$DB" = h2 ] && SIZE=" · H2 file $(du -sm "$WORK/db" | cut -f1) MB after the compaction"

STAMP=$(date -u +%Y-%m-%dT%H:%MZ)
REPORT=$RESULTS/$STAMP-import-$DB-$MODELS.md
mkdir -p "$RESULTS"
{
  echo "### Import of $MODELS models into $DB — $STAMP"
  echo
  echo "\`bash bench/import.sh --db $DB --models $MODELS\` at \`$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo '+changes')\` · $(nproc) cores · $("$JAVA" -version 2>&1 | head -1) · \`$JAVA_OPTS\`"
  echo
  echo "| figure | target | measured | result |"
  echo "|---|---|---:|---|"
  echo "| import, $DB | ≥ 2,000 models/s | $RATE models/s ($IMPORT_MS ms) | $([ "$RATE" -ge 2000 ] && echo pass || echo '**FAIL**') |"
  echo
  echo "Each chunk (5,000 models, ms):$CHUNK_MS · then the capability recompute and compaction $AFTERMATH_MS ms · $TOTAL models in the database$SIZE · load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "The app's line for the last chunk: $(grep -o 'Import import-[0-9]* (json [^)]*) DONE.*' "$WORK/app.log" | tail -1)"
} | tee "$REPORT"
echo "(written to $REPORT)"
