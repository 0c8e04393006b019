-- wrk script for POST /api/complaints (bench/intake.sh). Every request carries its own
-- Idempotency-Key and an 18-digit idNumber no other request of the run has: repeat complaints of the
-- same ID number are merged into the open case by design, which would measure the merge path instead.
-- BENCH_RUN (0-99) keeps runs against the same database apart.
local run = tonumber(os.getenv("BENCH_RUN") or "0") % 100
local next_tid = 0
local counter = 0

local threads = {}

function setup(thread)
  next_tid = next_tid + 1
  thread:set("tid", next_tid % 10)
  table.insert(threads, thread)
end

local body_template = [[
{"channel": "ONLINE", "complainant": {"name": "张三", "idNumber": "%s",
 "phone": "13800138000", "email": "zhang@example.com"},
 "respondent": {"unit": "朝阳支行", "staffName": "李四"}, "businessLine": "INSURANCE",
 "category": "CLAIM_DISPUTE", "request": "要求全额赔付", "facts": "理赔申请提交一个月未获答复",
 "claimedAmount": 12000.00, "flags": [], "jointComplainants": 1}]]

request = function()
  counter = counter + 1
  local id = string.format("%02d%d%015d", run, tid or 0, counter)
  local headers = {
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "bench-" .. id,
  }
  return wrk.format("POST", "/api/complaints", headers, string.format(body_template, id))
end

local errors = 0
replayed = 0  -- answers to a key an earlier run used: not an intake, so a run with any is void
response = function(status, headers, body)
  if headers["Idempotent-Replayed"] == "true" or headers["idempotent-replayed"] == "true" then
    replayed = replayed + 1
  end
  if status ~= 201 then
    errors = errors + 1
    if errors <= 3 then io.stderr:write("status " .. status .. ": " .. body .. "\n") end
  end
end

done = function(summary, latency, requests)
  local replays = 0
  for _, thread in ipairs(threads) do replays = replays + (thread:get("replayed") or 0) end
  io.write(string.format("p50=%.1fms p95=%.1fms p99=%.1fms requests=%d non2xx=%d replayed=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status, replays))
end
