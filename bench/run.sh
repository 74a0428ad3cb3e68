#!/usr/bin/env bash
# Load benchmark of the packaged app against nginx (the ceiling) and a plain JSON endpoint (the
# reference for GraphQL), on 127.0.0.1 only, bounded in time. See BENCHMARKS.md.
#
#   bash bench/run.sh --models 1000            # synthetic data set of 1,000 models (also 10000, 100000)
#   bash bench/run.sh --models bundled         # the bundled markdown set (674 models)
#   bash bench/run.sh --models 1000 --smoke    # a few seconds per step: checks the harness, measures nothing
#
# Options: --rounds R (3) --duration S (10) --warmup S (60) --connections C (32) --threads T (2)
#          --no-build (reuse target/quarkus-app) --no-cache (LEADERBOARD_CACHE_ENABLED=false: the render path)
#          --java PATH (java binary) --java-opts "..." (default: the Dockerfile's JAVA_OPTS)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

MODELS=1000 ROUNDS=3 DURATION=10 WARMUP=60 CONNECTIONS=32 THREADS=2 BUILD=1 CACHE=true SMOKE=0
JAVA=${JAVA:-java}
# Keep in step with the Dockerfile (see BENCHMARKS.md for why each is there).
JAVA_OPTS_DEFAULT="-Xms32m -Xmx192m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:MaxDirectMemorySize=32m -XX:+ExitOnOutOfMemoryError"
JAVA_OPTS=${JAVA_OPTS:-$JAVA_OPTS_DEFAULT}
while [ $# -gt 0 ]; do
  case "$1" in
    --models) MODELS=$2; shift ;;
    --rounds) ROUNDS=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --threads) THREADS=$2; shift ;;
    --no-build) BUILD=0 ;;
    --no-cache) CACHE=false ;;
    --java) JAVA=$2; shift ;;
    --java-opts) JAVA_OPTS=$2; shift ;;
    --smoke) SMOKE=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ "$SMOKE" = 1 ]; then ROUNDS=1; DURATION=2; WARMUP=4; fi

APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
BASE=http://127.0.0.1:$APP_PORT
WORK=$ROOT/bench/work/$MODELS
RESULTS=$ROOT/bench/results
mkdir -p "$RESULTS"

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! need nginx; then
  if [ "$(id -u)" = 0 ]; then apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk nginx; else
    echo "needs wrk and nginx (Debian packages)" >&2; exit 1; fi
fi

APP_PID= NGINX_PREFIX=
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PREFIX" ] && nginx -p "$NGINX_PREFIX" -c nginx.conf -s stop 2>/dev/null || true
}
trap cleanup EXIT

if [ "$BUILD" = 1 ]; then
  echo "== packaging the app"
  ./mvnw -B -q package -DskipTests
fi

rm -rf "$WORK" && mkdir -p "$WORK/db"
if [ "$MODELS" = bundled ]; then
  BUNDLED=true DATA=
else
  BUNDLED=false DATA=$ROOT/bench/data/$MODELS
  if [ ! -f "$DATA/.complete" ]; then
    echo "== generating $MODELS models"
    rm -rf "$DATA" && python3 bench/generate.py --models "$MODELS" --out "$DATA" && touch "$DATA/.complete"
  fi
fi

now_ms() { date +%s%3N; }
echo "== starting the app ($JAVA $JAVA_OPTS)"
START=$(now_ms)
MALLOC_ARENA_MAX=2 LEADERBOARD_DATA_DIR=$WORK/db LEADERBOARD_BUNDLED_DATA_ENABLED=$BUNDLED LEADERBOARD_CACHE_ENABLED=$CACHE \
LEADERBOARD_EDITOR_PASSWORD=bench QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_HTTP_HOST=127.0.0.1 \
  "$JAVA" $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar >"$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -fso /dev/null "$BASE/"; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app died; see $WORK/app.log" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }
  sleep 0.05
done
STARTUP_MS=$(( $(now_ms) - START ))
echo "   first successful GET / after $STARTUP_MS ms"

IMPORT_MS=0
if [ -n "$DATA" ]; then
  echo "== importing $(ls "$DATA"/*.json | wc -l) chunks through POST /admin/import"
  T0=$(now_ms)
  for f in "$DATA"/*.json; do
    code=$(curl -s -o "$WORK/import.json" -w '%{http_code}' -u editor:bench -H 'Content-Type: application/json' \
      -H "X-File-Name: $(basename "$f")" --data-binary "@$f" "$BASE/admin/import?format=json")
    if [ "$code" != 200 ]; then echo "import of $f answered $code:" >&2; head -c 2000 "$WORK/import.json" >&2; exit 1; fi
  done
  IMPORT_MS=$(( $(now_ms) - T0 ))
  echo "   imported in $IMPORT_MS ms"
fi
TOTAL=$(curl -fs -H 'Content-Type: application/json' -d '{"query":"{ models(first: 0) { totalCount } }"}' "$BASE/graphql" | sed 's/.*"totalCount":\([0-9]*\).*/\1/')
echo "   $TOTAL models in the database"

# The requests. (1) and (5) ask as a browser does; (3) and (4) without compression, to compare the work.
PAGE_URL="$BASE/"
FRAGMENT_URL="$BASE/?sort=gpqa&dir=desc&arch=moe"
BROWSER="Accept: text/html|Accept-Encoding: gzip, deflate, br"
FRAGMENT_HEADERS="$BROWSER|HX-Request: true|HX-Target: results|HX-Current-URL: $BASE/"
curl -fs -H 'Accept-Encoding: gzip' "$PAGE_URL" -o "$WORK/page.html.gz"
PAGE_WIRE=$(stat -c %s "$WORK/page.html.gz")
gunzip -c "$WORK/page.html.gz" >"$WORK/page.html"
PAGE_BYTES=$(stat -c %s "$WORK/page.html")
FRAGMENT_WIRE=$(curl -fs -H 'Accept-Encoding: gzip' -H 'HX-Request: true' -H 'HX-Target: results' "$FRAGMENT_URL" | wc -c)
REST_URL="$BASE/api/models?first=100"
curl -fs "$REST_URL" -o "$WORK/rest.json"
curl -fs -H 'Content-Type: application/json' --data-binary @bench/graphql-models.json "$BASE/graphql" -o "$WORK/graphql.json"
grep -q '"errors"' "$WORK/graphql.json" && { echo "GraphQL answered errors:" >&2; head -c 1000 "$WORK/graphql.json" >&2; exit 1; }
echo "   GET / is $PAGE_BYTES bytes, $PAGE_WIRE gzipped; the fragment $FRAGMENT_WIRE gzipped"

# nginx serves the byte-identical page as a static file (gzip_static: the same gzipped bytes).
NGINX_PREFIX=$WORK/nginx
mkdir -p "$NGINX_PREFIX/html" "$NGINX_PREFIX/logs"
cp "$WORK/page.html" "$NGINX_PREFIX/html/index.html"
cp "$WORK/page.html.gz" "$NGINX_PREFIX/html/index.html.gz"
cat >"$NGINX_PREFIX/nginx.conf" <<EOF
worker_processes auto;
pid $NGINX_PREFIX/nginx.pid;
error_log $NGINX_PREFIX/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $NGINX_PREFIX/html;
    location / { gzip_static on; index index.html; }
  }
}
EOF
nginx -p "$NGINX_PREFIX" -c nginx.conf
cmp -s <(curl -fs -H 'Accept-Encoding: gzip' "http://127.0.0.1:$NGINX_PORT/") "$WORK/page.html.gz" \
  || { echo "nginx does not serve the same bytes" >&2; exit 1; }

# run NAME URL HEADERS [METHOD BODY_FILE] SECONDS -> "rps p50 p99 errors bytes"
run() {
  local url=$2 headers=$3 method=$4 body=$5 seconds=$6
  BENCH_METHOD=$method BENCH_BODY_FILE=$body BENCH_HEADERS=$headers \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 5s -s bench/wrk.lua "$url" | sed -n 's/^RESULT //p'
}
declare -A URL HDR METHOD BODY
URL[page]=$PAGE_URL;                     HDR[page]=$BROWSER;            METHOD[page]=GET;  BODY[page]=
URL[nginx]="http://127.0.0.1:$NGINX_PORT/"; HDR[nginx]=$BROWSER;       METHOD[nginx]=GET; BODY[nginx]=
URL[fragment]=$FRAGMENT_URL;             HDR[fragment]=$FRAGMENT_HEADERS; METHOD[fragment]=GET; BODY[fragment]=
URL[graphql]="$BASE/graphql";            HDR[graphql]="Content-Type: application/json|Accept: application/json"; METHOD[graphql]=POST; BODY[graphql]=$ROOT/bench/graphql-models.json
URL[rest]=$REST_URL;                     HDR[rest]="Accept: application/json"; METHOD[rest]=GET; BODY[rest]=
SCENARIOS="page nginx fragment graphql rest"

echo "== warming up for ${WARMUP}s"
for s in page fragment graphql rest; do run $s "${URL[$s]}" "${HDR[$s]}" "${METHOD[$s]}" "${BODY[$s]}" $(( WARMUP / 4 > 1 ? WARMUP / 4 : 1 )) >/dev/null; done

declare -A SAMPLES
for r in $(seq 1 "$ROUNDS"); do
  for s in $SCENARIOS; do
    out=$(run $s "${URL[$s]}" "${HDR[$s]}" "${METHOD[$s]}" "${BODY[$s]}" "$DURATION")
    SAMPLES[$s]="${SAMPLES[$s]:-}$out"$'\n'
    echo "   round $r $s: $out"
  done
done
RSS_KB=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
THREADS_N=$(ps -o nlwp= -p "$APP_PID" | tr -d ' ')

# The median round of each scenario, by throughput.
median() { printf '%s' "${SAMPLES[$1]}" | sort -n -k1,1 | awk 'NF{a[NR]=$0} END{print a[int((NR+1)/2)]}'; }
declare -A RPS P50 P99 ERR
for s in $SCENARIOS; do
  read -r RPS[$s] P50[$s] P99[$s] ERR[$s] _ <<<"$(median $s)"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

STAMP=$(date -u +%Y-%m-%dT%H:%MZ)
SUFFIX=; OPTION=
if [ "$CACHE" = false ]; then SUFFIX=-nocache; OPTION=" --no-cache"; fi
REPORT=$RESULTS/$STAMP-$MODELS$SUFFIX.md
{
  echo "### $MODELS models ($TOTAL in the database), cache $CACHE — $STAMP"
  echo
  echo "\`bash bench/run.sh --models $MODELS$OPTION\` · $(nproc) cores · wrk -t$THREADS -c$CONNECTIONS, median of $ROUNDS rounds of ${DURATION}s after ${WARMUP}s of warm-up · $("$JAVA" -version 2>&1 | head -1) · \`$JAVA_OPTS\`"
  echo
  echo "| request | req/s | p50 ms | p99 ms | errors |"
  echo "|---|---:|---:|---:|---:|"
  echo "| (1) \`GET /\`, gzip ($PAGE_WIRE B on the wire, $PAGE_BYTES B HTML) | ${RPS[page]} | ${P50[page]} | ${P99[page]} | ${ERR[page]} |"
  echo "| (2) fragment \`/?sort=gpqa&dir=desc&arch=moe\`, HX-Request ($FRAGMENT_WIRE B) | ${RPS[fragment]} | ${P50[fragment]} | ${P99[fragment]} | ${ERR[fragment]} |"
  echo "| (3) GraphQL, 100 models + lab + 4 scores | ${RPS[graphql]} | ${P50[graphql]} | ${P99[graphql]} | ${ERR[graphql]} |"
  echo "| (4) REST \`/api/models?first=100\`, same data | ${RPS[rest]} | ${P50[rest]} | ${P99[rest]} | ${ERR[rest]} |"
  echo "| (5) nginx, the bytes of (1) | ${RPS[nginx]} | ${P50[nginx]} | ${P99[nginx]} | ${ERR[nginx]} |"
  echo
  echo "(1)/(5) = **$(ratio "${RPS[page]}" "${RPS[nginx]}")** · (3)/(4) = **$(ratio "${RPS[graphql]}" "${RPS[rest]}")** · start to first \`GET /\` $STARTUP_MS ms · import $IMPORT_MS ms · RSS after the runs $(( RSS_KB / 1024 )) MB, $THREADS_N threads · load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$REPORT"
echo "(written to $REPORT)"
