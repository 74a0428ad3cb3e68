#!/usr/bin/env bash
# Regenerates the bundled markdown data set (src/main/resources/bundled/aicomputing101-llm-leaderboard.zip)
# from a checkout of github.com/AIComputing101/llm-leaderboard (default: ../shared/data/aicomputing101-llm-leaderboard).
# The app reads the pages themselves at first start; only model pages, lab pages and the licence are bundled.
set -euo pipefail
src=${1:-../shared/data/aicomputing101-llm-leaderboard}
out=$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/bundled/aicomputing101-llm-leaderboard.zip
rm -f "$out"
# `jar` writes UTF-8 entry names (tülu-3.md, eth-zürich.md) and sorts nothing: sort for a stable zip.
cd "$src"
find models labs -type f -name '*.md' | LC_ALL=C sort > /tmp/bundle-files.$$
jar --create --no-manifest --file "$out" LICENSE @/tmp/bundle-files.$$
rm -f /tmp/bundle-files.$$
echo "wrote $out ($(unzip -l "$out" | tail -1 | awk '{print $2}') files)"
echo "next: bash scripts/snapshot-first-start.sh (the first-start snapshot; FirstStartSnapshotTest fails until it is made again)"
