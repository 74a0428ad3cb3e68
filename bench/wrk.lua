-- One request shape for wrk, from the environment (set by bench/run.sh):
--   BENCH_METHOD (GET/POST), BENCH_BODY_FILE (request body), BENCH_HEADERS ("Name: value|Name: value").
-- Prints one machine-readable line: RESULT <req/s> <p50 ms> <p99 ms> <errors> <bytes/request>.
local method = os.getenv("BENCH_METHOD") or "GET"
local body_file = os.getenv("BENCH_BODY_FILE")
local headers = os.getenv("BENCH_HEADERS") or ""

wrk.method = method
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  wrk.body = f:read("*a")
  f:close()
end
for pair in string.gmatch(headers, "[^|]+") do
  local name, value = string.match(pair, "^%s*([^:]+):%s*(.-)%s*$")
  if name then wrk.headers[name] = value end
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  local per = summary.requests > 0 and summary.bytes / summary.requests or 0
  io.write(string.format("RESULT %.1f %.3f %.3f %d %.0f\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, per))
end
