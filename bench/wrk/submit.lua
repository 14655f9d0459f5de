-- Deadline surge: every application in IDS_FILE is submitted exactly once.
-- wrk runs this file in one Lua state per thread; setup() gives each thread its index so that
-- thread t takes lines t, t+T, t+2T, ... of the file. Each line: "<application id> <token>".
-- When a thread's list is exhausted, its idle connections send GET /health/live only after a
-- 1 s delay (fillers) until every submit of that thread is answered; then the thread stops and
-- writes "<first submit sent> <last answer received>" (epoch seconds) to DONE_DIR/thread-<t>.
-- run.sh sends wrk SIGINT once every thread has written its marker (wrk's main thread would
-- otherwise sleep for the whole -d). wrk's latency histogram holds the submits plus the few
-- fillers, whose number is reported.
local ids_file = os.getenv("IDS_FILE")
local done_dir = os.getenv("DONE_DIR")
local nthreads = tonumber(os.getenv("WRK_THREADS") or "2")
local counter = 0
local threads = {}

local function now()
  local p = io.popen("date +%s.%N")
  local t = tonumber(p:read("*l"))
  p:close()
  return t
end

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  mine = {}
  local i = 0
  for line in io.lines(ids_file) do
    local id, token = line:match("^(%S+)%s+(%S+)")
    if id then
      if i % nthreads == tid then
        table.insert(mine, {id = id, token = token})
      end
      i = i + 1
    end
  end
  next_i = 1
  created, replayed, other, fillers = 0, 0, 0, 0
  codes = {}
  finished = false
  -- wrk calls request() once on thread 0's Lua state to verify the script before any
  -- connection exists (script_verify_request); that request is never sent, so it must not
  -- consume an id.
  verified = (tid ~= 0)
end

function delay()
  if next_i > #mine then return 1000 end
  return 0
end

function request()
  if not verified then
    verified = true
    return wrk.format("GET", "/health/live", nil, nil)
  end
  if next_i <= #mine then
    local item = mine[next_i]
    if next_i == 1 then started_at = now() end
    next_i = next_i + 1
    return wrk.format("POST", "/api/v1/applications/" .. item.id .. "/submit",
      {["Authorization"] = "Bearer " .. item.token, ["Content-Length"] = "0"}, nil)
  end
  return wrk.format("GET", "/health/live", nil, nil)
end

function response(status, headers, body)
  -- a submit answers a receipt (201, or 200 for a replay) or a problem (4xx/5xx);
  -- /health/live answers 200 without a receipt digest
  if status == 201 then
    created = created + 1
  elseif status == 200 and body and body:find('"digest"', 1, true) then
    replayed = replayed + 1
  elseif status == 200 then
    fillers = fillers + 1
  else
    other = other + 1
    codes[status] = (codes[status] or 0) + 1
    if other <= 3 then io.stderr:write("submit answered " .. status .. ": " .. (body or "") .. "\n") end
  end
  if not finished and created + replayed + other >= #mine then
    finished = true
    local f = io.open(done_dir .. "/thread-" .. tid, "w")
    f:write(string.format("%.6f %.6f\n", started_at or now(), now()))
    f:close()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local c, r, o, f = 0, 0, 0, 0
  local all_codes = {}
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    r = r + t:get("replayed")
    o = o + t:get("other")
    f = f + t:get("fillers")
    local tc = t:get("codes")
    for k, v in pairs(tc) do all_codes[tostring(k)] = (all_codes[tostring(k)] or 0) + v end
  end
  local first, last = nil, nil
  for i = 0, #threads - 1 do
    local fh = io.open(done_dir .. "/thread-" .. i, "r")
    if fh then
      local s, e = fh:read("*n", "*n")
      fh:close()
      if s and (not first or s < first) then first = s end
      if e and (not last or e > last) then last = e end
    end
  end
  local wall = (first and last) and (last - first) or -1
  local codes_s = {}
  for k, v in pairs(all_codes) do table.insert(codes_s, '"' .. k .. '":' .. v) end
  io.write(string.format(
    'WRKJSON {"created":%d,"replayed":%d,"other":%d,"other_codes":{%s},"fillers":%d,' ..
    '"requests":%d,"duration_s":%.3f,"wrk_duration_s":%.3f,"errors_timeout":%d,"errors_connect":%d,' ..
    '"errors_read":%d,"errors_write":%d,"errors_status":%d,' ..
    '"p50_ms":%.2f,"p90_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,"mean_ms":%.2f}\n',
    c, r, o, table.concat(codes_s, ","), f, summary.requests, wall, summary.duration / 1e6,
    summary.errors.timeout, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000))
end
