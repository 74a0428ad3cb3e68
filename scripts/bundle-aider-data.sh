#!/usr/bin/env bash
# Regenerates the bundled aider leaderboards (src/main/resources/bundled/aider.zip) from a checkout of
# github.com/Aider-AI/aider (default: ../shared/data/aider-leaderboards), Apache-2.0.
# The app reads the leaderboards' YAML as upstream writes it (importer/aider/AiderReader): the polyglot, code-editing
# and refactoring leaderboards of aider/website/_data/ and the licence. The one-off studies beside them (architect,
# quantisation, o1, QwQ, R1, Qwen3 …) and blame.yml are not read, so not bundled.
set -euo pipefail
src=${1:-../shared/data/aider-leaderboards}
out=$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/bundled/aider.zip
rm -f "$out"
cd "$src"
# Sorted entries for a stable zip; -X: no extra attributes.
printf '%s\n' LICENSE.txt aider/website/_data/edit_leaderboard.yml aider/website/_data/polyglot_leaderboard.yml \
  aider/website/_data/refactor_leaderboard.yml | zip -q -X -@ "$out"
echo "wrote $out ($(unzip -l "$out" | tail -1 | awk '{print $2}') files)"
echo "next: bash scripts/snapshot-first-start.sh (the first-start snapshot; FirstStartSnapshotTest fails until it is made again)"
