#!/usr/bin/env bash
# Makes src/main/resources/bundled/first-start.snapshot: every row that merging all the bundled sets leaves in a
# fresh database, which a first start on embedded H2 restores instead of merging the sets (service/load/
# FirstStartSnapshot). Run it after any bundle-*.sh script, a merge-rule change or a new migration;
# FirstStartSnapshotTest fails until then. It merges the sets in the test suite's app and writes what they left.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$PWD/src/main/resources/bundled/first-start.snapshot
./mvnw -B -q test -Dtest=FirstStartSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false -Dsnapshot.write="$OUT"
echo "wrote $OUT ($(du -h "$OUT" | cut -f1))"
