#!/usr/bin/env bash
# Can any accepted request run the server out of memory at 100,000 models? Starts the packaged app exactly as
# README.md's first command does (its JVM options: a 192 MB heap, -XX:+ExitOnOutOfMemoryError, so an
# OutOfMemoryError ends the process and this script sees it), imports the synthetic data set of bench/generate.py,
# and then, for --duration seconds, runs the most expensive GraphQL requests the cost limit accepts in a loop on
# --connections connections while a second client downloads every export over and over (the whole data set as JSON,
# the leaderboard as CSV and JSON). The resident set is sampled every 5 s. See BENCHMARKS.md, "Memory at scale".
#
#   ./mvnw -B package -DskipTests && bash bench/memory-at-scale.sh   # --models 100000 --duration 300 --connections 8
# Passes when the app is still running, logged no OutOfMemoryError and no BlockedThreadChecker warning, and every
# GraphQL request and export answered 200. Exit status 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
MODELS=100000 DURATION=300 CONNECTIONS=8 PORT=18097
while [ $# -gt 0 ]; do
  case "$1" in
    --models) MODELS=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --port) PORT=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
command -v jq >/dev/null || { echo "needs jq (apt-get install jq)" >&2; exit 2; }
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "no target/quarkus-app: run ./mvnw -B package -DskipTests first" >&2; exit 2; }

DATA=$ROOT/bench/data/$MODELS
if [ ! -f "$DATA/.complete" ]; then
  echo "== generating $MODELS models"
  rm -rf "$DATA" && python3 bench/generate.py --models "$MODELS" --out "$DATA" && touch "$DATA/.complete"
fi
RUN_CMD=$(awk '/^```bash/ { getline; print; exit }' README.md | sed -e 's/^.*&& *//' -e 's/ *#.*$//')
work=$(mktemp -d)
base=http://127.0.0.1:$PORT
(export LEADERBOARD_DATA_DIR=$work/db LEADERBOARD_BUNDLED_DATA_ENABLED=false LEADERBOARD_EDITOR_PASSWORD=bench \
   QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT; eval "exec env $RUN_CMD" >"$work/app.log" 2>&1) &
app=$!
# The work directory (the app's log, the export and wrk results) is kept when a check fails.
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; [ -f "$work/passed" ] && rm -rf "$work" || echo "kept $work" >&2' EXIT
for _ in $(seq 1 180); do curl -sf "$base/q/health/ready" >/dev/null && break; sleep 1; done
echo "== importing $(ls "$DATA"/*.json | wc -l) chunks"
for f in "$DATA"/*.json; do
  code=$(curl -s -o "$work/import.json" -w '%{http_code}' -u editor:bench -H 'Content-Type: application/json' \
    --data-binary "@$f" "$base/admin/import?format=json")
  [ "$code" = 200 ] || { echo "import of $f answered $code: $(head -c 300 "$work/import.json")" >&2; grep -A3 "ERROR" "$work/app.log" | head -40 >&2; exit 1; }
done
gql() { curl -s -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' -d "$(jq -cn --arg q "$1" '{query:$q}')" "$base/graphql"; }
total=$(gql '{ models(first: 0) { totalCount } }' | jq '.data.models.totalCount')
big_lab=$(gql '{ labs { slug modelCount } }' | jq -r '.data.labs | max_by(.modelCount) | .slug')
echo "   $total models; the largest lab is $big_lab"

# Candidates for "the most expensive accepted request": each is asked once, and only those the cost limit accepts
# go into the loop (with their cost), so the set adapts to the data's relation sizes.
candidates=(
  '{ models(first: 500) { totalCount items { slug name lab { slug name } architecture access parameters activeParameters trainingTokens alScore releaseDate } } }'
  '{ models(first: 150, sort: {field: NAME, direction: ASC}) { totalCount items { slug name lab { name } scores { value setting sourceUrl source date benchmark { slug } } } } }'
  '{ models(first: 500, offset: '"$((total - 500))"') { items { slug name scores { value benchmark { slug } } } } }'
  '{ benchmarks { slug name ranking(first: 300) { value setting source date model { slug name } } } }'
  '{ lab(slug: "'"$big_lab"'") { name models { slug name releaseDate parameters } } }'
  '{ labs { slug name modelCount } }'
)
lua=$work/queries.lua
echo 'bodies = {}' >"$lua"
accepted=0
for q in "${candidates[@]}"; do
  answer=$(gql "$q")
  if [ "$(jq 'has("data") and (.errors | not)' <<<"$answer")" = true ]; then
    accepted=$((accepted + 1))
    echo "   accepted ($(wc -c <<<"$answer") bytes): $q"
    printf 'bodies[#bodies + 1] = %s\n' "$(jq -cn --arg q "$q" '{query:$q}' | jq -R .)" >>"$lua"
  else
    echo "   refused ($(jq -r '.errors[0].extensions.code + " " + ((.errors[0].extensions.cost // "") | tostring)' <<<"$answer")): $q"
  fi
done
[ "$accepted" -gt 0 ] || { echo "no candidate was accepted" >&2; exit 1; }
cat >>"$lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
local i = 0
request = function() i = i % #bodies + 1; return wrk.format(nil, nil, nil, bodies[i]) end
LUA

rss() { awk '/VmRSS/{print int($2/1024)}' /proc/$app/status 2>/dev/null || echo 0; }
echo "== $DURATION s: accepted GraphQL requests on $CONNECTIONS connections, exports in a loop"
start_rss=$(rss)
wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$lua" "$base/graphql" >"$work/wrk.txt" 2>&1 &
load=$!
exports_ok=0 exports_bad=0
(
  end=$((SECONDS + DURATION))
  while [ $SECONDS -lt $end ]; do
    for u in /export/dataset.json "/export.csv?size=100" "/export.json?size=100" "/export.csv?lab=$big_lab"; do
      code=$(curl -s -o /dev/null -w '%{http_code}' "$base$u" || echo 000)
      echo "$code $u"
    done
  done
) >"$work/exports.txt" &
exporter=$!
max_rss=$start_rss
while kill -0 $load 2>/dev/null; do
  sleep 5
  r=$(rss); [ "$r" -gt "$max_rss" ] && max_rss=$r
  kill -0 $app 2>/dev/null || break
done
wait $load || true; wait $exporter || true
alive=yes; kill -0 $app 2>/dev/null || alive=no
dataset_bytes=$(curl -s "$base/export/dataset.json" | wc -c || true)
echo "## Memory at $total models (commit $(git rev-parse --short HEAD), $(nproc) cores, $DURATION s, $CONNECTIONS connections)"
echo "- run command: \`$RUN_CMD\`"
echo "- GraphQL: $(awk '/Requests\/sec/{r=$2} /50%/{p50=$2} /99%/{p99=$2} /requests in/{n=$1} /Non-2xx/{x=$NF} END{printf "%s requests, %s req/s, p50 %s, p99 %s, non-2xx %s", n, r, p50, p99, x?x:0}' "$work/wrk.txt")"
echo "- exports: $(grep -c '^200 ' "$work/exports.txt" || true) answered 200, $(grep -vc '^200 ' "$work/exports.txt" || true) otherwise; /export/dataset.json is $((dataset_bytes / 1024 / 1024)) MB"
echo "- RSS: $start_rss MB at the start of the load, at most $max_rss MB during it, $(rss) MB at the end"
echo "- still running: $alive; OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$work/app.log" || true); BlockedThreadChecker: $(grep -c BlockedThreadChecker "$work/app.log" || true)"
[ "$alive" = yes ] && ! grep -q 'OutOfMemoryError\|BlockedThreadChecker' "$work/app.log" && ! grep -q '^[^2]' "$work/exports.txt" \
  && ! grep -q 'Non-2xx' "$work/wrk.txt" && touch "$work/passed"
