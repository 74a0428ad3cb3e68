#!/usr/bin/env bash
# Regenerates the bundled HELM model list (src/main/resources/bundled/helm.zip) from a checkout of
# github.com/stanford-crfm/helm (default: ../shared/data/helm-model-metadata), Apache-2.0.
# The app reads src/helm/config/model_metadata.yaml itself at first start (importer/helm/HelmReader); only that file and
# the licence are bundled. GitHub's zip of a newer commit has the same layout.
set -euo pipefail
src=${1:-../shared/data/helm-model-metadata}
out=$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/bundled/helm.zip
rm -f "$out"
cd "$src"
printf '%s\n' LICENSE src/helm/config/model_metadata.yaml | zip -q -X -@ "$out"
echo "wrote $out ($(unzip -l "$out" | tail -1 | awk '{print $2}') files)"
echo "next: bash scripts/snapshot-first-start.sh (the first-start snapshot; FirstStartSnapshotTest fails until it is made again)"
