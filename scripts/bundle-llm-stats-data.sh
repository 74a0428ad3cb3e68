#!/usr/bin/env bash
# Regenerates the bundled llm-stats data set (src/main/resources/bundled/llm-stats.zip) from a checkout of
# github.com/JonathanChavezTamales/llm-leaderboard (default: ../shared/data/llm-stats), CC BY 4.0.
# The app reads the JSON files themselves at first start (importer/LlmStatsReader); only data/, schemas/ and the
# licence are bundled. The same zip (or GitHub's zip of a newer checkout) can be sent to
# POST /admin/import?format=llm-stats.
set -euo pipefail
src=${1:-../shared/data/llm-stats}
out=$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/bundled/llm-stats.zip
rm -f "$out"
cd "$src"
# Sorted entries for a stable zip (file names hold quotes and arrows: `humanity's-last-exam.json`); -X: no extra attributes.
{ echo LICENSE.md; find data schemas -type f -name '*.json' | LC_ALL=C sort; } | zip -q -X -@ "$out"
echo "wrote $out ($(unzip -l "$out" | tail -1 | awk '{print $2}') files)"
echo "next: bash scripts/snapshot-first-start.sh (the first-start snapshot; FirstStartSnapshotTest fails until it is made again)"
