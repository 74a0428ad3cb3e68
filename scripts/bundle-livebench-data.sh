#!/usr/bin/env bash
# Regenerates the bundled LiveBench data set (src/main/resources/bundled/livebench.zip) from a copy of
# github.com/LiveBench/livebench.github.io (default: ../shared/data/livebench), Apache-2.0.
# The app reads the release tables as upstream writes them (importer/livebench/LiveBenchReader): public/table_*.csv and
# public/categories_*.json, plus extracted/model_links.json (the model facts of the site's src/Table/modelLinks.js, see
# extracted/README.md); the licence and datasheet of github.com/LiveBench/LiveBench come along.
set -euo pipefail
src=${1:-../shared/data/livebench}
out=$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/bundled/livebench.zip
rm -f "$out"
cd "$src"
# Sorted entries for a stable zip; -X: no extra attributes.
{ echo LiveBench/LICENSE; echo LiveBench/docs/DATASHEET.md; echo extracted/model_links.json; echo extracted/README.md;
  find public -type f \( -name 'table_*.csv' -o -name 'categories_*.json' \) | LC_ALL=C sort; } | zip -q -X -@ "$out"
echo "wrote $out ($(unzip -l "$out" | tail -1 | awk '{print $2}') files)"
echo "next: bash scripts/snapshot-first-start.sh (the first-start snapshot; FirstStartSnapshotTest fails until it is made again)"
