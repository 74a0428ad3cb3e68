#!/usr/bin/env bash
# Regenerates the bundled Epoch AI "Data on AI Models" export (src/main/resources/bundled/epoch-ai-models.zip) from a
# copy of Epoch's CSV export (default: ../shared/data/epoch-ai-models), CC BY 4.0.
# The app reads the three tables as Epoch writes them (importer/epoch/EpochModelsReader); only they and Epoch's README
# (the licence and citation) are bundled.
set -euo pipefail
src=${1:-../shared/data/epoch-ai-models}
out=$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/bundled/epoch-ai-models.zip
rm -f "$out"
cd "$src"
# -X: no extra attributes, for a stable zip.
printf '%s\n' ai_models/README.md ai_models/notable_ai_models.csv ai_models/large_scale_ai_models.csv \
    ai_models/frontier_ai_models.csv | zip -q -X -@ "$out"
echo "wrote $out ($(unzip -l "$out" | tail -1 | awk '{print $2}') files)"
echo "next: bash scripts/snapshot-first-start.sh (the first-start snapshot; FirstStartSnapshotTest fails until it is made again)"
