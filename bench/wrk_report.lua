-- Prints one machine-readable line after a wrk run: requests, rate, p50/p95, errors and how
-- many answers were redirects (3xx) or server errors (5xx). Extra arguments: paths to rotate.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  paths = nil
  if #args > 0 then paths = args end
  index = 0
  redirects = 0
  server_errors = 0
end

function request()
  if paths then
    index = index % #paths + 1
    return wrk.format(nil, paths[index])
  end
  return wrk.request()
end

function response(status, headers, body)
  if status >= 300 and status < 400 then redirects = redirects + 1 end
  if status >= 500 then server_errors = server_errors + 1 end
end

function done(summary, latency, requests)
  local total_redirects, total_5xx = 0, 0
  for _, thread in ipairs(threads) do
    total_redirects = total_redirects + thread:get("redirects")
    total_5xx = total_5xx + thread:get("server_errors")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f errors=%d non2xx3xx=%d 3xx=%d 5xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, errors,
    summary.errors.status, total_redirects, total_5xx))
end
