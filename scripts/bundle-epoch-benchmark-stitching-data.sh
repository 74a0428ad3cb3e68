#!/usr/bin/env bash
# Regenerates the bundled data of Epoch's benchmark-stitching repository
# (src/main/resources/bundled/epoch-benchmark-stitching.zip) from a checkout of github.com/epoch-research/benchmark-stitching
# (default: ../shared/data/epoch-benchmark-stitching), MIT.
# The app reads the two CSVs as upstream writes them (importer/epoch/EpochStitchingReader); only they and the licence
# are bundled (the external benchmark files are the Benchmarking Hub's, bundled with it).
set -euo pipefail
src=${1:-../shared/data/epoch-benchmark-stitching}
out=$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/bundled/epoch-benchmark-stitching.zip
rm -f "$out"
cd "$src"
# -X: no extra attributes, for a stable zip.
printf '%s\n' LICENSE data/model_versions.csv data/benchmarks_runs.csv | zip -q -X -@ "$out"
echo "wrote $out ($(unzip -l "$out" | tail -1 | awk '{print $2}') files)"
echo "next: bash scripts/snapshot-first-start.sh (the first-start snapshot; FirstStartSnapshotTest fails until it is made again)"
