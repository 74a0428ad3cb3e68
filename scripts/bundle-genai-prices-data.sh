#!/usr/bin/env bash
# Regenerates the bundled genai-prices data set (src/main/resources/bundled/genai-prices.zip) from a checkout of
# github.com/pydantic/genai-prices (default: ../shared/data/genai-prices), MIT.
# The app reads the hand-edited provider YAML files themselves at first start (importer/genaiprices/GenaiPricesReader):
# they carry the prices_checked dates the generated JSON feed drops, so only prices/providers/*.yml and the licence are
# bundled. GitHub's zip of a newer commit has the same layout.
set -euo pipefail
src=${1:-../shared/data/genai-prices}
out=$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/bundled/genai-prices.zip
rm -f "$out"
cd "$src"
# Sorted entries for a stable zip; -X: no extra attributes.
{ echo LICENSE; find prices/providers -maxdepth 1 -type f -name '*.yml' | LC_ALL=C sort; } | zip -q -X -@ "$out"
echo "wrote $out ($(unzip -l "$out" | tail -1 | awk '{print $2}') files)"
echo "next: bash scripts/snapshot-first-start.sh (the first-start snapshot; FirstStartSnapshotTest fails until it is made again)"
