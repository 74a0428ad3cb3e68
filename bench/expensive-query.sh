#!/usr/bin/env bash
# While the most expensive GraphQL request the cost limit allows runs in a loop on several connections, does
# GET / keep answering, and how fast? Starts the packaged app as README.md's first command does (its JVM
# options) on a fresh H2 data directory, on 127.0.0.1; measures GET / (the leaderboard, from the page cache) and
# GET /?q=<random> (a search, rendered each time) alone, then again under the GraphQL load. See BENCHMARKS.md.
#
#   ./mvnw -B package -DskipTests && bash bench/expensive-query.sh   # --duration 30 --load-connections 8
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=30 LOAD_CONNECTIONS=8 PORT=18096
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift ;;
    --load-connections) LOAD_CONNECTIONS=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
RUN_CMD=$(awk '/^```bash/ { getline; print; exit }' README.md | sed -e 's/^.*&& *//' -e 's/ *#.*$//')
data=$(mktemp -d)
(export LEADERBOARD_DATA_DIR=$data QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT; eval "exec env $RUN_CMD" >"$data/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
base=http://127.0.0.1:$PORT
search=$(mktemp --suffix=.lua)
cat >"$search" <<'LUA'
request = function() return wrk.format("GET", "/?q=" .. math.random(1, 1000000)) end
LUA
# warm-up
wrk -t1 -c2 -d10s "$base/" >/dev/null
wrk -t1 -c2 -d10s -s "$search" "$base/" >/dev/null
wrk -t1 -c2 -d10s -s bench/expensive-query.lua "$base/graphql" >/dev/null

measure() { wrk -t1 -c2 -d"${DURATION}s" --latency "$@" | awk '/Latency/ && !l {l=$2" avg, "$4" max"} /50%/{p50=$2} /99%/{p99=$2} /Requests\/sec/{r=$2} /Non-2xx/{n=$NF} /Socket errors/{e=$0} END {printf "%s req/s, p50 %s, p99 %s, latency %s, non-2xx %s%s\n", r, p50, p99, l, n ? n : 0, e ? " ("e")" : ""}'; }
echo "## GET / while the most expensive allowed GraphQL query runs (commit $(git rev-parse --short HEAD), $(nproc) cores)"
nested='{"query":"{ models(first:500) { items { name lab { models { name lab { models { name lab { models { name } } } } } } } } }"}'
refusals=$(for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$base/graphql" -H 'Content-Type: application/json' \
  -H 'Accept: application/graphql-response+json' -d "$nested"; done | sort -k2 -n | awk '{s=$1; t[NR]=$2} END {printf "status %s, median %.1f ms, max %.1f ms", s, t[int((NR+1)/2)]*1000, t[NR]*1000}')
echo "- the nested lab → models query of issue 13, refused 20 times: $refusals"
echo "- alone: GET / $(measure "$base/")"
echo "- alone: GET /?q=random $(measure -s "$search" "$base/")"
wrk -t1 -c"$LOAD_CONNECTIONS" -d"$((DURATION * 2 + 10))s" -s bench/expensive-query.lua "$base/graphql" >"$data/load.txt" 2>&1 &
load=$!
sleep 5
echo "- under load: GET / $(measure "$base/")"
echo "- under load: GET /?q=random $(measure -s "$search" "$base/")"
wait $load
echo "- the GraphQL load ($LOAD_CONNECTIONS connections): $(awk '/Requests\/sec/{r=$2} /Latency/{l=$2" avg"} /Non-2xx/{n=$NF} END{print r" req/s, "l", non-2xx "(n?n:0)}' "$data/load.txt")"
echo "- BlockedThreadChecker lines in the app log: $(grep -c BlockedThreadChecker "$data/app.log" || true)"
echo "- RSS of the app at the end: $(( $(awk '/VmRSS/{print $2}' /proc/$app/status) / 1024 )) MB"
