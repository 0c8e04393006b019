-- wrk script for POST /api/complaints (bench/intake.sh). Every request carries its own
-- Idempotency-Key and an 18-digit idNumber no other request of the run has: repeat complaints of the
-- same ID number are merged into the open case by design, which would measure the merge path instead.
-- BENCH_RUN (0-99) keeps runs against the same database apart.
local run = tonumber(os.getenv("BENCH_RUN") or "0") % 100
local next_tid = 0
local counter = 0

function setup(thread)
  next_tid = next_tid + 1
  thread:set("tid", next_tid % 10)
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
response = function(status, headers, body)
  if status ~= 201 then
    errors = errors + 1
    if errors <= 3 then io.stderr:write("status " .. status .. ": " .. body .. "\n") end
  end
end

done = function(summary, latency, requests)
  io.write(string.format("p50=%.1fms p95=%.1fms p99=%.1fms requests=%d non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status))
end
