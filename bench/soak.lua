-- Mixed traffic for bench/soak.sh: each request is drawn at random, by weight, from the request list in SOAK_REQUESTS,
-- one request a line: weight<TAB>kind<TAB>method<TAB>path<TAB>headers ("Name: value|Name: value" or -)<TAB>body file (or -).
-- kind "404" marks the intended 404s. Prints one line: SOAK key=value ... (see bench/soak.sh).
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local requests, cumulative, total = {}, {}, 0
issued404, s2xx, s404, sother, codes = 0, 0, 0, 0, ""
local other_codes = {}

local function split(line)
  local out = {}
  for field in string.gmatch(line .. "\t", "([^\t]*)\t") do table.insert(out, field) end
  return out
end

function init(args)
  math.randomseed(os.time() + (id or 0) * 7919)
  local f = assert(io.open(os.getenv("SOAK_REQUESTS"), "r"))
  for line in f:lines() do
    local r = split(line)
    if #r >= 6 and not string.match(r[1], "^#") then
      local headers = {}
      if r[5] ~= "-" then
        for pair in string.gmatch(r[5], "[^|]+") do
          local name, value = string.match(pair, "^%s*([^:]+):%s*(.-)%s*$")
          if name then headers[name] = value end
        end
      end
      local body = nil
      if r[6] ~= "-" then
        local b = assert(io.open(r[6], "rb")); body = b:read("*a"); b:close()
      end
      total = total + tonumber(r[1])
      table.insert(cumulative, total)
      table.insert(requests, { kind = r[2], raw = wrk.format(r[3], r[4], headers, body) })
    end
  end
  f:close()
end

function request()
  local pick = math.random() * total
  for i, c in ipairs(cumulative) do
    if pick < c then
      if requests[i].kind == "404" then issued404 = issued404 + 1 end
      return requests[i].raw
    end
  end
  return requests[#requests].raw
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    s2xx = s2xx + 1
  elseif status == 404 then
    s404 = s404 + 1
  else
    sother = sother + 1
    other_codes[status] = (other_codes[status] or 0) + 1
    local parts = {}
    for code, n in pairs(other_codes) do table.insert(parts, code .. "x" .. n) end
    codes = table.concat(parts, ",")
  end
end

function done(summary, latency, requests_)
  local t = { issued404 = 0, s2xx = 0, s404 = 0, sother = 0 }
  local all_codes = {}
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + (thread:get(k) or 0) end
    local c = thread:get("codes")
    if c and c ~= "" then table.insert(all_codes, c) end
  end
  local e = summary.errors
  io.write(string.format(
    "SOAK requests=%d rps=%.1f s2xx=%d s404=%d issued404=%d sother=%d codes=%s connect=%d read=%d write=%d timeout=%d p50=%.3f p99=%.3f max=%.3f\n",
    summary.requests, summary.requests / (summary.duration / 1e6), t.s2xx, t.s404, t.issued404, t.sother,
    (#all_codes > 0 and table.concat(all_codes, ",") or "-"), e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
