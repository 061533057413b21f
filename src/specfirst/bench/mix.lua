-- wrk script: the Qonversion mix of `specfirst bench` (mock-throughput suite).
-- Per cycle of 10 requests (MIX): 2 creates (segment, experiment), 4 gets (2 segments, 2 experiments),
-- 2 experiment status changes, 2 segment lists (limit=10). Ids come from earlier responses of the same thread.
-- Status changes ask "paused" of an experiment last seen "active" and "active" otherwise: always a legal
-- transition (draft->active, active->paused, paused->active) or a no-op, however requests interleave.
-- Usage: wrk -s mix.lua URL -- BASE_PATH TOKEN RUN_TAG MAX_REQUESTS
--   BASE_PATH: /v4 for the mock, "" for Prism; MAX_REQUESTS: a thread stops after that many responses

local MIX = {
  "create_segment", "get_segment", "create_experiment", "get_experiment", "status",
  "list_segments", "get_segment", "status", "get_experiment", "list_segments",
}
local VALID_ID = "^[%w._-]+$"
local FALLBACK_ID = "bench"  -- a stateless server answers placeholder ids; any valid id serves then

local base, headers, json_headers = "", {}, {}
local step, created, run_tag, answered, max_requests = 0, 0, "", 0, 0
local segments, experiments, experiment_status = {}, {}, {}
counts = { s2xx = 0, s4xx = 0, s5xx = 0, other = 0 }  -- global: done() reads it through thread:get

local threads = {}
local next_tid = 0

function setup(thread)
  next_tid = next_tid + 1
  thread:set("tid", next_tid)
  table.insert(threads, thread)
end

function init(args)
  base = args[1] or ""
  local token = args[2] or "test_sk_bench"
  headers = { ["Authorization"] = "Bearer " .. token }
  json_headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  run_tag = (args[3] or "run") .. "-" .. (rawget(_G, "tid") or 0)  -- tid: set by setup()
  max_requests = tonumber(args[4] or "0")
end

local function pick(list)
  if #list == 0 then return nil end
  return list[math.random(#list)]
end

local function remember(list, value, limit)
  if #list < limit then table.insert(list, value) else list[math.random(limit)] = value end
end

local function create_segment()
  return wrk.format("POST", base .. "/segments", json_headers,
    '{"name":"Bench segment","conditions":[{"metric":"environment","comparator":"eq","value":"prod","negate":false}]}')
end

local function create_experiment()
  created = created + 1
  return wrk.format("POST", base .. "/experiments", json_headers,
    '{"name":"Bench experiment","alias_id":"bench-' .. run_tag .. "-" .. created .. '","segment_percent":50}')
end

function request()
  step = step % #MIX + 1
  local kind = MIX[step]
  if kind == "create_segment" then return create_segment() end
  if kind == "create_experiment" then return create_experiment() end
  if kind == "list_segments" then return wrk.format("GET", base .. "/segments?limit=10", headers) end
  if kind == "get_segment" then
    local id = pick(segments)
    if id == nil then return create_segment() end
    return wrk.format("GET", base .. "/segments/" .. id, headers)
  end
  local id = pick(experiments)
  if id == nil then return create_experiment() end
  if kind == "get_experiment" then return wrk.format("GET", base .. "/experiments/" .. id, headers) end
  local target = (experiment_status[id] == "active") and "paused" or "active"
  return wrk.format("POST", base .. "/experiments/" .. id .. "/status", json_headers, '{"status":"' .. target .. '"}')
end

function response(status, hdrs, body)
  answered = answered + 1
  if max_requests > 0 and answered >= max_requests then wrk.thread:stop() end
  if status >= 200 and status < 300 then counts.s2xx = counts.s2xx + 1
  elseif status >= 400 and status < 500 then counts.s4xx = counts.s4xx + 1
  elseif status >= 500 then counts.s5xx = counts.s5xx + 1
  else counts.other = counts.other + 1 end
  if status ~= 200 and status ~= 201 or body == nil then return end
  local object = body:match('^{"object":"(%a+)"')
  if object ~= "segment" and object ~= "experiment" then return end
  local id = body:match('"id":"([^"]*)"')
  if id == nil or not id:match(VALID_ID) then id = FALLBACK_ID end
  if object == "segment" then
    if status == 201 then remember(segments, id, 256) end
    return
  end
  if experiment_status[id] == nil then remember(experiments, id, 256) end
  experiment_status[id] = body:match('"status":"([^"]*)"') or "unknown"
end

function done(summary, latency, requests)
  local total = { s2xx = 0, s4xx = 0, s5xx = 0, other = 0 }
  for _, thread in ipairs(threads) do
    for key, _ in pairs(total) do total[key] = total[key] + (thread:get("counts")[key] or 0) end
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH-JSON {"requests":%d,"duration_us":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,' ..
    '"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d,"status_errors":%d,' ..
    '"s2xx":%d,"s4xx":%d,"s5xx":%d,"other":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, e.connect, e.read, e.write, e.timeout, e.status,
    total.s2xx, total.s4xx, total.s5xx, total.other))
end
