#!/usr/bin/env bash
# Regenerates the bundled Epoch AI Benchmarking Hub export (src/main/resources/bundled/epoch-benchmarking-hub.zip) from
# a copy of Epoch's CSV export (default: ../shared/data/epoch-benchmarking-hub), CC BY 4.0.
# The app reads the CSVs as Epoch writes them (importer/epoch/EpochHubReader): only benchmark_data/*.csv and Epoch's
# README (the licence and citation) are bundled; additional_eci_data/ is not read.
set -euo pipefail
src=${1:-../shared/data/epoch-benchmarking-hub}
out=$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/bundled/epoch-benchmarking-hub.zip
rm -f "$out"
cd "$src"
# Sorted entries for a stable zip; -X: no extra attributes.
{ echo benchmark_data/README.md; find benchmark_data -maxdepth 1 -type f -name '*.csv' | LC_ALL=C sort; } | zip -q -X -@ "$out"
echo "wrote $out ($(unzip -l "$out" | tail -1 | awk '{print $2}') files)"
echo "next: bash scripts/snapshot-first-start.sh (the first-start snapshot; FirstStartSnapshotTest fails until it is made again)"
