#!/usr/bin/env bash
# Bounded-memory soak test: the packaged app, started exactly as README.md's first command starts it (its JVM options),
# on a fresh H2 data directory under /tmp, answers mixed traffic at 64 connections for 10 minutes on 127.0.0.1, and
# its resident set must stay within 100 MB of its value after the warm-up. See BENCHMARKS.md, "Bounded memory".
#
#   ./mvnw -B package -DskipTests     # this script builds nothing
#   bash bench/soak.sh                # --duration 600 --warmup 60 --connections 64 --threads 2 --port 18095
#   bash bench/soak.sh --duration 60  # a shorter run
#   bash bench/soak.sh --command "java -Xmx128m -jar target/quarkus-app/quarkus-run.jar"   # try other options
#
# Traffic (bench/soak.lua, drawn at random by weight): the leaderboard sorted and filtered, model, lab, architecture
# and benchmark pages, htmx fragments (HX-Request: true), stats and prices, GraphQL POSTs of typical queries,
# /export.csv and /export.json, /api/models, and intended 404s. The resident set is sampled every 10 s.
# Passes when: the RSS stays within --max-growth MB (100) of its post-warm-up value, no response but the intended
# 404s is outside 2xx, no socket error, the app is still running, and its log has no BlockedThreadChecker warning.
# The report goes to stdout and bench/results/<time>-soak.md; the exit status is 1 when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

DURATION=600 WARMUP=60 CONNECTIONS=64 THREADS=2 PORT=18095 SAMPLE=10 MAX_GROWTH_MB=100 RUN_CMD=
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --threads) THREADS=$2; shift ;;
    --port) PORT=$2; shift ;;
    --max-growth) MAX_GROWTH_MB=$2; shift ;;
    --command) RUN_CMD=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
command -v jq >/dev/null || { echo "needs jq (apt-get install jq)" >&2; exit 2; }
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "no target/quarkus-app: run ./mvnw -B package -DskipTests first" >&2; exit 2; }

# README's first command is "build && run"; the run part, without its comment, is what we start.
[ -n "$RUN_CMD" ] || RUN_CMD=$(awk '/^```bash/ { getline; print; exit }' README.md | sed -e 's/^.*&& *//' -e 's/ *#.*$//')
case "$RUN_CMD" in
  *java*quarkus-run.jar) ;;
  *) echo "cannot read the run command from README.md's first line: '$RUN_CMD'" >&2; exit 2 ;;
esac
BASE=http://127.0.0.1:$PORT
if curl -fso /dev/null "$BASE/"; then echo "port $PORT is taken" >&2; exit 2; fi

WORK=$(mktemp -d /tmp/leaderboard-soak.XXXXXX)
LOG=$WORK/app.log
APP_PID= SAMPLER_PID=
cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
}
trap cleanup EXIT

echo "== starting: $RUN_CMD (data in $WORK/data, log in $LOG)"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
# env runs README's "VAR=value java ..." as it is; exec keeps one process, whose id we sample.
(export LEADERBOARD_DATA_DIR=$WORK/data QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT; eval "exec env $RUN_CMD" >"$LOG" 2>&1) &
APP_PID=$!
T0=$(date +%s)
until curl -fso /dev/null "$BASE/"; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped, see $LOG" >&2; tail -20 "$LOG" >&2; exit 1; }
  [ $(( $(date +%s) - T0 )) -lt 300 ] || { echo "no answer after 300 s" >&2; exit 1; }
  sleep 0.5
done
echo "   up after $(( $(date +%s) - T0 )) s"

# The request list: real slugs, read from the app itself.
gql() { curl -fsS -H 'Content-Type: application/json' --data-binary "{\"query\":\"$1\"}" "$BASE/graphql"; }
MODELS=$(curl -fsS "$BASE/api/models?first=60&sort=alscore&dir=desc" | jq -r '.items[].slug')
LABS=$(gql '{ labs { slug modelCount } }' | jq -r '.data.labs | sort_by(-.modelCount) | .[0:20][] .slug')
BENCHMARKS=$(gql '{ benchmarks { slug } }' | jq -r '.data.benchmarks[0:20][] .slug')
jq -n --arg q '{ model(slug: "deepseek-ai/deepseek-r2") { name alScore lab { name } scores { value benchmark { name } } } }' '{query: $q}' >"$WORK/gql-model.json"
jq -n --arg q '{ labs { slug name modelCount } stats { models publicModels byArchitecture { architecture count } } }' '{query: $q}' >"$WORK/gql-labs.json"
jq -n --arg q '{ benchmark(slug: "gpqa") { name ranking(first: 10) { value model { name lab { name } } } } }' '{query: $q}' >"$WORK/gql-ranking.json"
PAGE='Accept: text/html|Accept-Encoding: gzip, deflate, br'
HX="$PAGE|HX-Request: true|HX-Target: results|HX-Current-URL: $BASE/"
JSON='Content-Type: application/json|Accept: application/json'
REQ=$WORK/requests.tsv
{
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' \
    12 page GET / "$PAGE" - \
    6 page GET '/?sort=gpqa&dir=desc' "$PAGE" - \
    3 page GET '/?sort=parameters&dir=desc&arch=moe&access=public' "$PAGE" - \
    2 page GET '/?q=deepseek' "$PAGE" - \
    2 page GET '/?page=3' "$PAGE" - \
    6 fragment GET '/?sort=gpqa&dir=desc' "$HX" - \
    4 fragment GET '/?q=gpt&sort=alscore&dir=desc' "$HX" - \
    3 fragment GET '/?lab=openai&lab=google&page=2' "$HX" - \
    2 page GET /labs "$PAGE" - \
    2 page GET /architectures "$PAGE" - \
    2 page GET /architectures/moe "$PAGE" - \
    1 page GET /architectures/dense "$PAGE" - \
    2 page GET /benchmarks "$PAGE" - \
    2 page GET /stats "$PAGE" - \
    1 page GET /prices "$PAGE" - \
    3 graphql POST /graphql "$JSON" "$ROOT/bench/graphql-models.json" \
    3 graphql POST /graphql "$JSON" "$WORK/gql-model.json" \
    2 graphql POST /graphql "$JSON" "$WORK/gql-labs.json" \
    2 graphql POST /graphql "$JSON" "$WORK/gql-ranking.json" \
    1 export GET /export.csv 'Accept-Encoding: gzip' - \
    1 export GET '/export.json?lab=openai' 'Accept-Encoding: gzip' - \
    1 export GET /export.json 'Accept-Encoding: gzip' - \
    3 api GET '/api/models?first=100' 'Accept: application/json' - \
    2 api GET '/api/models?first=20&sort=gpqa&dir=desc&arch=moe' 'Accept: application/json' - \
    2 404 GET /models/no-such-lab/no-such-model "$PAGE" - \
    1 404 GET /benchmarks/no-such-benchmark "$PAGE" - \
    1 404 GET /no/such/page "$PAGE" -
  for m in $MODELS; do printf '0.4\tpage\tGET\t/models/%s\t%s\t-\n' "$m" "$PAGE"; done
  for l in $LABS; do printf '0.5\tpage\tGET\t/labs/%s\t%s\t-\n' "$l" "$PAGE"; done
  for b in $BENCHMARKS; do printf '0.4\tpage\tGET\t/benchmarks/%s\t%s\t-\n' "$b" "$PAGE"; done
} >"$REQ"
echo "   $(wc -l <"$REQ") request shapes ($(echo "$MODELS" | wc -w) models, $(echo "$LABS" | wc -w) labs, $(echo "$BENCHMARKS" | wc -w) benchmarks)"
# Every shape answers as intended before the load starts (a typo here would otherwise pass as "intended").
while IFS=$'\t' read -r _ kind method path headers body; do
  args=(-s -w '%{http_code}' -X "$method")
  [ "$body" != - ] && args+=(-H 'Content-Type: application/json' --data-binary "@$body")
  code=$(curl "${args[@]}" -o "$WORK/answer" "$BASE$path")
  want=200; [ "$kind" = 404 ] && want=404
  [ "$code" = "$want" ] || { echo "$method $path answered $code, not $want" >&2; exit 1; }
  if [ "$kind" = graphql ] && grep -q '"errors"' "$WORK/answer"; then echo "GraphQL $body answered errors" >&2; exit 1; fi
done <"$REQ"

rss_kb() { ps -o rss= -p "$APP_PID" | tr -d ' '; }
soak() { SOAK_REQUESTS=$REQ wrk -t"$THREADS" -c"$CONNECTIONS" -d"${1}s" --timeout 10s -s bench/soak.lua "$BASE" | sed -n 's/^SOAK //p'; }

echo "== warming up for ${WARMUP}s (RSS $(( $(rss_kb) / 1024 )) MB)"
WARM=$(soak "$WARMUP")
echo "   $WARM"
RSS_WARM=$(rss_kb)
echo "== soaking for ${DURATION}s at $CONNECTIONS connections (RSS after warm-up $(( RSS_WARM / 1024 )) MB)"
SAMPLES=$WORK/rss.txt
echo "0 $RSS_WARM" >"$SAMPLES"
( s=0; while sleep "$SAMPLE"; do s=$(( s + SAMPLE )); r=$(ps -o rss= -p "$APP_PID" | tr -d ' ') || break; echo "$s $r" >>"$SAMPLES"; echo "   ${s}s: RSS $(( r / 1024 )) MB"; done ) &
SAMPLER_PID=$!
RESULT=$(soak "$DURATION")
kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=
ALIVE=yes; kill -0 "$APP_PID" 2>/dev/null || ALIVE=no
RSS_FINAL=0; THREADS_N=0; HEAP=; GC=
if [ "$ALIVE" = yes ]; then
  RSS_FINAL=$(rss_kb); echo "$DURATION $RSS_FINAL" >>"$SAMPLES"
  THREADS_N=$(ps -o nlwp= -p "$APP_PID" | tr -d ' ')
  # Heap after the run and collections so far (jstat: young and full GCs, their seconds; old generation % used).
  GC=$(jstat -gcutil "$APP_PID" 2>/dev/null | awk 'NR==2 { printf "%s young GCs, %s full GCs (%.1f s in all), old generation %s %% full", $7, $9, $NF, $4 }') || GC=
  # What the heap must hold: the live set after a full collection (forced now that the measurements are done).
  jcmd "$APP_PID" GC.run >/dev/null 2>&1 || true
  LIVE=$(jstat -gc "$APP_PID" 2>/dev/null | awk 'NR==2 { printf "%.0f", ($3 + $4 + $6 + $8) / 1024 }') || LIVE=
  HEAP_MAX=$(jcmd "$APP_PID" VM.flags 2>/dev/null | grep -o -- '-XX:MaxHeapSize=[0-9]*' | awk -F= '{ printf "%.0f", $2 / 1048576 }') || HEAP_MAX=
  [ -n "$LIVE" ] && GC="$GC; live heap after a full GC ${LIVE} MB of ${HEAP_MAX:-?} MB"
fi
RSS_MAX=$(awk 'BEGIN{m=0} $2>m{m=$2} END{print m}' "$SAMPLES")
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
BLOCKED=$(grep -c BlockedThreadChecker "$LOG" || true)
OOM=$(grep -c OutOfMemoryError "$LOG" || true)

declare -A R
for kv in $RESULT; do R[${kv%%=*}]=${kv#*=}; done
# Intended 404s are the requests drawn from the 404 shapes; any 404 beyond them was not intended.
EXTRA404=$(( ${R[s404]:-0} > ${R[issued404]:-0} ? ${R[s404]:-0} - ${R[issued404]:-0} : 0 ))
UNINTENDED=$(( ${R[sother]:-0} + EXTRA404 ))
SOCKET=$(( ${R[connect]:-0} + ${R[read]:-0} + ${R[write]:-0} + ${R[timeout]:-0} ))
GROWTH_KB=$(( RSS_MAX - RSS_WARM ))
verdict() { if [ "$1" = 1 ]; then echo "**pass**"; else echo "**FAIL**"; fi; }
V_RSS=$(verdict $(( GROWTH_KB <= MAX_GROWTH_MB * 1024 && RSS_FINAL > 0 ? 1 : 0 )))
V_STATUS=$(verdict $(( UNINTENDED == 0 ? 1 : 0 )))
V_SOCKET=$(verdict $(( SOCKET == 0 ? 1 : 0 )))
V_ALIVE=$(verdict $([ "$ALIVE" = yes ] && [ "$OOM" = 0 ] && echo 1 || echo 0))
V_BLOCKED=$(verdict $(( BLOCKED == 0 ? 1 : 0 )))
# (verdict runs in a subshell: the exit status is decided here, from the verdicts themselves)
FAILED=0
case "$V_RSS$V_STATUS$V_SOCKET$V_ALIVE$V_BLOCKED" in *FAIL*) FAILED=1 ;; esac
mb() { awk -v k="$1" 'BEGIN{ printf "%.0f", k / 1024 }'; }

STAMP=$(date -u +%Y-%m-%dT%H:%MZ)
mkdir -p bench/results
REPORT=bench/results/$STAMP-soak.md
{
  echo "### Soak, ${DURATION}s at $CONNECTIONS connections — $STAMP"
  echo
  echo "\`bash bench/soak.sh --duration $DURATION\` · commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (with local changes)') · $(nproc) cores · $(java -version 2>&1 | head -1) · wrk -t$THREADS -c$CONNECTIONS after ${WARMUP}s of warm-up · \`$RUN_CMD\`"
  echo
  echo "| check | measured | result |"
  echo "|---|---|---|"
  echo "| RSS within ${MAX_GROWTH_MB} MB of its post-warm-up value | after warm-up $(mb "$RSS_WARM") MB, max $(mb "$RSS_MAX") MB (+$(mb "$GROWTH_KB")), final $(mb "$RSS_FINAL") MB | $V_RSS |"
  echo "| no unintended non-2xx | ${R[requests]:-0} requests (${R[rps]:-0}/s): ${R[s2xx]:-0} 2xx, ${R[s404]:-0} 404 of ${R[issued404]:-0} intended, other ${R[sother]:-0} (${R[codes]:--}) | $V_STATUS |"
  echo "| no socket errors | connect ${R[connect]:-0}, read ${R[read]:-0}, write ${R[write]:-0}, timeout ${R[timeout]:-0} | $V_SOCKET |"
  echo "| the app still runs, no OutOfMemoryError | $([ "$ALIVE" = yes ] && echo running || echo stopped), $OOM OutOfMemoryError in the log | $V_ALIVE |"
  echo "| no BlockedThreadChecker warning in the log | $BLOCKED | $V_BLOCKED |"
  echo
  echo "Latency p50 ${R[p50]:-?} ms, p99 ${R[p99]:-?} ms, max ${R[max]:-?} ms · ${THREADS_N} threads · ${GC:-no GC figures} · RSS every ${SAMPLE}s (MB): $(awk '{ printf "%s%.0f", (NR > 1 ? " " : ""), $2 / 1024 }' "$SAMPLES") · load average at the start $LOAD_START, at the end $LOAD_END"
} | tee "$REPORT"
echo "(written to $REPORT; app log $LOG)"
if [ "$FAILED" = 0 ]; then rm -rf "$WORK/data"; fi
exit "$FAILED"
