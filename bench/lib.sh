# Shared by bench/run.sh and bench/import.sh (sourced). Needs BASE, WORK and now_ms.

# import_chunks DIR: posts each DIR/*.json through POST /admin/import as the editor "bench" would, in order; sets
# IMPORT_MS and CHUNK_MS (each chunk's milliseconds, space-separated). Stops at the first answer that is not 200.
import_chunks() {
  local dir=$1 f code t0 t
  CHUNK_MS=
  t0=$(now_ms)
  for f in "$dir"/*.json; do
    t=$(now_ms)
    code=$(curl -s -o "$WORK/import.json" -w '%{http_code}' -u editor:bench -H 'Content-Type: application/json' \
      -H "X-File-Name: $(basename "$f")" --data-binary "@$f" "$BASE/admin/import?format=json")
    if [ "$code" != 200 ]; then echo "import of $f answered $code:" >&2; head -c 2000 "$WORK/import.json" >&2; exit 1; fi
    CHUNK_MS="$CHUNK_MS $(( $(now_ms) - t ))"
  done
  IMPORT_MS=$(( $(now_ms) - t0 ))
}

# wait_aftermath: the capability recompute and the file's compaction follow the last chunk (ImportAftermath), and
# pages measured beside them say more about that work than about serving. Waits for its last log line (at most 15
# minutes) and says what it did.
wait_aftermath() {
  local t1; t1=$(now_ms)
  for _ in $(seq 1 1800); do
    grep -q 'The work after the imports is done\|The work after the imports failed' "$WORK/app.log" && break
    sleep 0.5
  done
  AFTERMATH_MS=$(( $(now_ms) - t1 ))
  echo "   the work after the imports took $AFTERMATH_MS ms more: $(grep -o 'Capability scores of [0-9]* models recomputed.*\|Compacted the database file.*\|The work after the imports .*' "$WORK/app.log" | tr '\n' ';')"
}
