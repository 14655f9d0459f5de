-- Read load: GET $READ_PATH with a bearer token for a fixed duration; prints a JSON line.
local path = os.getenv("READ_PATH")
local token = os.getenv("READ_TOKEN")
local counter = 0
local threads = {}

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  ok, bad = 0, 0
end

function request()
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token}, nil)
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1 else
    bad = bad + 1
    if bad <= 3 then io.stderr:write("GET answered " .. status .. ": " .. (body or "") .. "\n") end
  end
end

function done(summary, latency, requests)
  local o, b = 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); b = b + t:get("bad") end
  io.write(string.format(
    'WRKJSON {"ok":%d,"bad":%d,"requests":%d,"duration_s":%.3f,"rps":%.1f,' ..
    '"errors_timeout":%d,"p50_ms":%.3f,"p95_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f}\n',
    o, b, summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
