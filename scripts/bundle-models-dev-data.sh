#!/usr/bin/env bash
# Regenerates the bundled models.dev data set (src/main/resources/bundled/models-dev.zip) from a checkout of
# github.com/anomalyco/models.dev (default: ../shared/data/models-dev), MIT.
# The app reads the TOML files themselves at first start (importer/modelsdev/ModelsDevReader); only the TOML files
# under models/ and providers/ (the reader's files) and the licence and README (the schema) are bundled: no logos,
# provider READMEs, JSON dumps or upstream slips without .toml. The same zip (or GitHub's zip of a newer checkout)
# is what the reader takes.
set -euo pipefail
src=${1:-../shared/data/models-dev}
out=$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/bundled/models-dev.zip
rm -f "$out"
cd "$src"
# Sorted entries for a stable zip (ids hold colons and dots: `us.anthropic.claude-sonnet-4-5-20250929-v1:0.toml`);
# -X: no extra attributes.
{ echo LICENSE; echo README.md; find models providers -type f -name '*.toml' | LC_ALL=C sort; } | zip -q -X -@ "$out"
echo "wrote $out ($(unzip -l "$out" | tail -1 | awk '{print $2}') files, $(unzip -l "$out" | tail -1 | awk '{print $1}') bytes unpacked)"
echo "next: bash scripts/snapshot-first-start.sh (the first-start snapshot; FirstStartSnapshotTest fails until it is made again)"
