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
#          --save-db DIR (after the runs, stop the app and keep its H2 files in DIR, with the import's figures)
#          --db-from DIR (start on a copy of a kept database: no import; the import figure is the kept run's)
#          --nmt (adds -XX:NativeMemoryTracking=summary, which costs a little, and reports jcmd's categories)
#          --startup (also run bench/startup.sh --no-build for the startup ratios; otherwise its newest
#                     report in bench/results/ is used, if any)
# Ends with a summary of every figure against its target (issue 18), pass or fail.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

MODELS=1000 ROUNDS=3 DURATION=10 WARMUP=60 CONNECTIONS=32 THREADS=2 BUILD=1 CACHE=true SMOKE=0
SAVE_DB= DB_FROM= NMT=0 STARTUP=0
JAVA=${JAVA:-java}
# Keep in step with the Dockerfile (see BENCHMARKS.md for why each is there).
JAVA_OPTS_DEFAULT="-Xms32m -Xmx192m -Xmn16m -XX:MaxHeapFreeRatio=20 -XX:MinHeapFreeRatio=5 -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -XX:Tier3InvocationThreshold=2000 -XX:Tier3MinInvocationThreshold=1000 -XX:Tier3CompileThreshold=20000 -XX:TrimNativeHeapInterval=5000 -Xss512k -XX:MaxDirectMemorySize=32m -XX:+ExitOnOutOfMemoryError"
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
    --save-db) SAVE_DB=$2; shift ;;
    --db-from) DB_FROM=$2; shift ;;
    --nmt) NMT=1 ;;
    --startup) STARTUP=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ "$SMOKE" = 1 ]; then ROUNDS=1; DURATION=2; WARMUP=4; fi
if [ -n "$DB_FROM" ] && [ ! -f "$DB_FROM/import.env" ]; then echo "no kept database in $DB_FROM (import.env missing)" >&2; exit 2; fi
if [ "$NMT" = 1 ]; then JAVA_OPTS="$JAVA_OPTS -XX:NativeMemoryTracking=summary"; fi
# jcmd of the same JDK as the app (NMT's report format and attach need it).
JCMD=$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jcmd
[ -x "$JCMD" ] || JCMD=jcmd

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
if [ -n "$DB_FROM" ]; then cp -r "$DB_FROM"/. "$WORK/db/" && rm -f "$WORK/db/import.env"; fi
if [ -n "$DB_FROM" ]; then
  BUNDLED=false DATA=
elif [ "$MODELS" = bundled ]; then
  BUNDLED=true DATA=
else
  BUNDLED=false DATA=$ROOT/bench/data/$MODELS
  if [ ! -f "$DATA/.complete" ]; then
    echo "== generating $MODELS models"
    rm -rf "$DATA" && python3 bench/generate.py --models "$MODELS" --out "$DATA" && touch "$DATA/.complete"
  fi
fi

now_ms() { date +%s%3N; }
. bench/lib.sh
echo "== starting the app ($JAVA $JAVA_OPTS)"
START=$(now_ms)
# A chunk is imported in one transaction; on a busy machine 5,000 models can take longer than the default 60 s.
QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=${IMPORT_TX_TIMEOUT:-600s} \
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

IMPORT_MS=0 IMPORTED_AT=
if [ -n "$DB_FROM" ]; then
  . "$DB_FROM/import.env"   # IMPORT_MS, IMPORTED_AT of the run that imported
  echo "== database copied from $DB_FROM (imported in $IMPORT_MS ms at $IMPORTED_AT)"
elif [ -n "$DATA" ]; then
  echo "== importing $(ls "$DATA"/*.json | wc -l) chunks through POST /admin/import"
  import_chunks "$DATA"
  IMPORTED_AT=$(date -u +%Y-%m-%dT%H:%MZ)
  echo "   imported in $IMPORT_MS ms (chunks:$CHUNK_MS)"
  wait_aftermath
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
# And once the load has stopped for two of -XX:TrimNativeHeapInterval's 5 s: what the compilers' arenas took during the
# rounds has gone back to the system by then (20-40 MB), so this is the footprint the instance keeps.
sleep 10
RSS_SETTLED_KB=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
THREADS_N=$(ps -o nlwp= -p "$APP_PID" | tr -d ' ')
if [ "$NMT" = 1 ]; then
  "$JCMD" "$APP_PID" VM.native_memory summary scale=KB >"$WORK/nmt.txt" 2>&1 || echo "jcmd VM.native_memory failed, see $WORK/nmt.txt" >&2
fi

# The median round of each scenario, by throughput.
median() { printf '%s' "${SAMPLES[$1]}" | sort -n -k1,1 | awk 'NF{a[NR]=$0} END{print a[int((NR+1)/2)]}'; }
declare -A RPS P50 P99 ERR
for s in $SCENARIOS; do
  read -r RPS[$s] P50[$s] P99[$s] ERR[$s] _ <<<"$(median $s)"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# A kept database is copied only from a stopped app: H2 closes its file cleanly on a graceful shutdown.
if [ -n "$SAVE_DB" ]; then
  kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
  APP_PID=
  rm -rf "$SAVE_DB" && mkdir -p "$SAVE_DB" && cp -r "$WORK/db/." "$SAVE_DB/"
  printf 'IMPORT_MS=%s\nIMPORTED_AT=%s\n' "$IMPORT_MS" "${IMPORTED_AT:-unknown}" >"$SAVE_DB/import.env"
  echo "== database kept in $SAVE_DB ($(du -sh "$SAVE_DB" | cut -f1))"
fi
if [ "$STARTUP" = 1 ]; then
  [ -n "$APP_PID" ] && { kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
  echo "== bench/startup.sh --no-build"
  PORT=$(( APP_PORT + 2 )) bash bench/startup.sh --no-build
fi

# NMT's categories, largest first (committed memory; Java 17 and 25 name some categories differently).
nmt_table() {
  awk '
    /^Total:/ { match($0, /committed=[0-9]+/); total = substr($0, RSTART + 10, RLENGTH - 10) }
    /^-/ { line = $0; sub(/^- +/, "", line); name = line; sub(/ \(.*/, "", name)
           match(line, /committed=[0-9]+/); kb = substr(line, RSTART + 10, RLENGTH - 10); cur = name
           if (kb + 0 >= 512) rows[name] = kb }
    cur == "Thread" && /thread(s)? #[0-9]+/ { match($0, /#[0-9]+/); threads = substr($0, RSTART + 1, RLENGTH - 1) }
    cur == "Thread" && /\(stack:/ { match($0, /committed=[0-9]+/); stack = substr($0, RSTART + 10, RLENGTH - 10) }
    END {
      n = 0; for (k in rows) names[++n] = k
      for (i = 2; i <= n; i++) for (j = i; j > 1 && rows[names[j]] + 0 > rows[names[j - 1]] + 0; j--) {
        t = names[j]; names[j] = names[j - 1]; names[j - 1] = t }   # largest first (mawk has no asorti)
      printf "| NMT category (committed) | MB |\n|---|---:|\n"
      for (i = 1; i <= n; i++) {
        extra = names[i] == "Thread" ? sprintf(" (%s threads, stacks %.1f MB)", threads, stack / 1024) : ""
        printf "| %s%s | %.1f |\n", names[i], extra, rows[names[i]] / 1024
      }
      printf "| **total committed** | **%.1f** |\n", total / 1024
    }' "$WORK/nmt.txt"
}

# Every figure against its target (issue 18). "n/a": not measured by this run.
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN{ if (v == "" || v == "n/a") print "n/a"; else if ((op == ">=" && v + 0 >= t + 0) || (op == "<=" && v + 0 <= t + 0)) print "pass"; else print "**FAIL**" }'; }
GQL_RATIO=$(ratio "${RPS[graphql]}" "${RPS[rest]}")
PAGE_RATIO=$(ratio "${RPS[page]}" "${RPS[nginx]}")
PAGE_KB=$(awk -v b="$PAGE_WIRE" 'BEGIN{printf "%.1f", b / 1024}')
RSS_MB=$(( RSS_KB / 1024 ))
RSS_SETTLED_MB=$(( RSS_SETTLED_KB / 1024 ))
IMPORT_RATE=n/a
if [ "$IMPORT_MS" -gt 0 ] && [[ "$MODELS" =~ ^[0-9]+$ ]]; then IMPORT_RATE=$(( MODELS * 1000 / IMPORT_MS )); fi
IMPORT_NOTE=; [ -n "$DB_FROM" ] && IMPORT_NOTE=" (the kept database's run, $IMPORTED_AT)"
STARTUP_S=$(awk -v ms="$STARTUP_MS" 'BEGIN{printf "%.1f", ms / 1000}')
START_KIND=$([ -n "$DB_FROM" ] && echo "over an existing database" || echo "empty database")
# bench/startup.sh's newest report: the Java 17 row is | JVM | empty | first start | ratio | restart | ratio |.
STARTUP_REPORT=$(ls "$RESULTS"/*-startup.md 2>/dev/null | sort | tail -1 || true)
SU_EMPTY= SU_FIRST= SU_RATIO=
if [ -n "$STARTUP_REPORT" ]; then
  read -r SU_EMPTY SU_FIRST SU_RATIO <<<"$(awk -F'|' '$2 ~ /Java 17/ { gsub(/ /, ""); print $3, $4, $7; exit }' "$STARTUP_REPORT")"
fi
summary() {
  echo "| figure | target | measured | result |"
  echo "|---|---|---:|---|"
  echo "| GraphQL (3)/(4) | ≥ 0.6 | $GQL_RATIO | $(verdict "$GQL_RATIO" '>=' 0.6) |"
  echo "| \`GET /\` (1)/(5) | ≥ 0.7 | $PAGE_RATIO | $(verdict "$PAGE_RATIO" '>=' 0.7) |"
  echo "| fragment p99 | ≤ 20 ms | ${P99[fragment]} ms | $(verdict "${P99[fragment]}" '<=' 20) |"
  echo "| first page on the wire, gzipped | ≤ 60 KB | $PAGE_KB KB | $(verdict "$PAGE_KB" '<=' 60) |"
  echo "| RSS after the load runs | ≤ 250 MB | $RSS_MB MB | $(verdict "$RSS_MB" '<=' 250) |"
  echo "| RSS 10 s after the load runs | ≤ 250 MB | $RSS_SETTLED_MB MB | $(verdict "$RSS_SETTLED_MB" '<=' 250) |"
  echo "| import, embedded H2$IMPORT_NOTE | ≥ 2,000 models/s | $IMPORT_RATE models/s | $(verdict "$IMPORT_RATE" '>=' 2000) |"
  # Informational: the targets are the startup rows below (bench/startup.sh), over the bundled data.
  echo "| start to first \`GET /\` ($START_KIND, no bundled data) | — | $STARTUP_S s | — |"
  # bench/import.sh's newest PostgreSQL report of 100,000 models (run.sh imports into embedded H2 only).
  local pg; pg=$(ls "$RESULTS"/*-import-postgresql-100000.md 2>/dev/null | sort | tail -1 || true)
  if [ -n "$pg" ]; then
    grep '^| import, postgresql' "$pg" | sed "s/^| import, postgresql /| import, PostgreSQL ($(basename "$pg")) /"
  fi
  if [ -n "$SU_EMPTY" ]; then
    local first_s; first_s=$(awk -v ms="$SU_FIRST" 'BEGIN{printf "%.1f", ms / 1000}')
    echo "| startup over the database vs the empty app ($(basename "$STARTUP_REPORT")) | ≤ 2× | ${SU_RATIO}× | $(verdict "$SU_RATIO" '<=' 2) |"
    echo "| first start with the bundled data ($(basename "$STARTUP_REPORT")) | ≤ 8 s | $first_s s | $(verdict "$first_s" '<=' 8) |"
  fi
}

STAMP=$(date -u +%Y-%m-%dT%H:%MZ)
SUFFIX=; OPTION=
if [ "$CACHE" = false ]; then SUFFIX=-nocache; OPTION=" --no-cache"; fi
[ -n "$DB_FROM" ] && OPTION="$OPTION --db-from $DB_FROM"
[ "$NMT" = 1 ] && OPTION="$OPTION --nmt"
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
  echo "(1)/(5) = **$PAGE_RATIO** · (3)/(4) = **$GQL_RATIO** · start to first \`GET /\` $STARTUP_MS ms · import $IMPORT_MS ms$IMPORT_NOTE · RSS after the runs $RSS_MB MB ($RSS_SETTLED_MB MB 10 s later), $THREADS_N threads · load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ "$NMT" = 1 ] && [ -s "$WORK/nmt.txt" ]; then
    echo
    echo "Native memory after the runs (\`jcmd <pid> VM.native_memory summary\`; RSS $RSS_MB MB):"
    echo
    nmt_table
  fi
  echo
  summary
} | tee "$REPORT"
echo "(written to $REPORT)"
