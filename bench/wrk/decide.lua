-- Concurrent awards: one decision per application in IDS_FILE ("<application id> <admin token>"),
-- POST /api/v1/applications/{id}/decision {"kind":"selected","awarded":AWARD,...}. Same machinery
-- as submit.lua (thread t takes lines t, t+T, ...; 1 s-delayed GET /health/live fillers once a
-- thread's list is exhausted; a marker per thread in DONE_DIR; run.sh stops wrk with SIGINT).
-- Counted: accepted (201), refused (409 insufficient-funds), other (anything else, by status).
local ids_file = os.getenv("IDS_FILE")
local done_dir = os.getenv("DONE_DIR")
local nthreads = tonumber(os.getenv("WRK_THREADS") or "2")
local award = os.getenv("AWARD") or "10000.00"
local payload = '{"kind":"selected","awarded":"' .. award .. '","motivation":"Sterke expertise, duidelijke aanpak"}'
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
  created, refused, other, fillers = 0, 0, 0, 0
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
    return wrk.format("POST", "/api/v1/applications/" .. item.id .. "/decision",
      {["Authorization"] = "Bearer " .. item.token, ["Content-Type"] = "application/json"}, payload)
  end
  return wrk.format("GET", "/health/live", nil, nil)
end

function response(status, headers, body)
  -- a decision answers 201 (the award is held) or 409 insufficient-funds (refused: the call has
  -- too little left); /health/live answers 200
  if status == 201 then
    created = created + 1
  elseif status == 409 and body and body:find("insufficient-funds", 1, true) then
    refused = refused + 1
  elseif status == 200 then
    fillers = fillers + 1
  else
    other = other + 1
    codes[status] = (codes[status] or 0) + 1
    if other <= 3 then io.stderr:write("decision answered " .. status .. ": " .. (body or "") .. "\n") end
  end
  if not finished and created + refused + other >= #mine then
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
    r = r + t:get("refused")
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
    'WRKJSON {"created":%d,"refused":%d,"other":%d,"other_codes":{%s},"fillers":%d,' ..
    '"requests":%d,"duration_s":%.3f,"wrk_duration_s":%.3f,"errors_timeout":%d,"errors_connect":%d,' ..
    '"errors_read":%d,"errors_write":%d,"errors_status":%d,' ..
    '"p50_ms":%.2f,"p90_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,"mean_ms":%.2f}\n',
    c, r, o, table.concat(codes_s, ","), f, summary.requests, wall, summary.duration / 1e6,
    summary.errors.timeout, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000))
end
