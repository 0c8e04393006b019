-- wrk script for bench/five-years.sh: GETs the paths listed in the file $PATHS (one per line, e.g.
-- /api/complaints/TS2024…) in turn, logged in as $BENCH_USER (password demo); prints p50/p95/p99 and the
-- answers that were not 2xx.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  if line ~= "" then table.insert(paths, line) end
end
local user = os.getenv("BENCH_USER") or "frontline"
local i = 0

local b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
local function base64(data)
  return ((data:gsub(".", function(x)
    local r, b = "", x:byte()
    for k = 8, 1, -1 do r = r .. (b % 2 ^ k - b % 2 ^ (k - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for k = 1, 6 do c = c + (x:sub(k, k) == "1" and 2 ^ (6 - k) or 0) end
    return b64chars:sub(c + 1, c + 1)
  end) .. ({ "", "==", "=" })[#data % 3 + 1])
end
local auth = "Basic " .. base64(user .. ":demo")

request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["Authorization"] = auth, ["Accept"] = "application/json" })
end

done = function(summary, latency, requests)
  io.write(string.format("p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms requests=%d non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, summary.errors.status))
end
