-- wrk script for the case worker's task list (bench/flat-cost.sh): group tasks of complaint-frontline by
-- due date, first page of 50, through /engine-rest (the REST API Tasklist uses), as frontline/demo.
wrk.method = "GET"
wrk.path = "/engine-rest/task?candidateGroup=complaint-frontline&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50"
wrk.headers["Authorization"] = "Basic " .. "ZnJvbnRsaW5lOmRlbW8="  -- frontline:demo
wrk.headers["Accept"] = "application/json"

done = function(summary, latency, requests)
  io.write(string.format("p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms requests=%d non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, summary.errors.status))
end
