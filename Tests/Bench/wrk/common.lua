-- Shared by the wrk scripts of `make bench`: the seeded data, the bearer token, per-thread ids and
-- random seeds, and one parseable result line from done(). Loaded with dofile() by each script.
--
-- Environment: BENCH_DATA (the seed's output folder: token, users.tsv), BENCH_THREADS (wrk -t, or the
-- threads of all wrk processes run at once), BENCH_TID_OFFSET (this process's first thread id when
-- several wrk processes share the seeded data, so their threads own different users) [0].
bench = {}

local data = os.getenv("BENCH_DATA") or error("BENCH_DATA is not set")
bench.threads = tonumber(os.getenv("BENCH_THREADS") or "2")

local function first_line(path)
  local file = assert(io.open(path, "r"))
  local line = file:read("*l")
  file:close()
  return line
end

-- A 32-bit number from /dev/urandom: wrk runs start within the same second, os.time() is not enough.
function bench.entropy()
  local file = assert(io.open("/dev/urandom", "rb"))
  local bytes = file:read(4)
  file:close()
  local a, b, c, d = bytes:byte(1, 4)
  return ((a * 256 + b) * 256 + c) * 256 + d
end

-- users.tsv: id, userName, givenName, familyName (a shuffled random sample of the seeded users).
function bench.users()
  local users = {}
  for line in io.lines(data .. "/users.tsv") do
    local id, name, given, family = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)$")
    if id then users[#users + 1] = { id = id, name = name, given = given, family = family } end
  end
  assert(#users > 0, "users.tsv is empty")
  return users
end

-- Percent-encodes everything but unreserved characters, as Okta does (space as %20, '"' as %22).
function bench.encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end

bench.base = "/scim/v2"
wrk.headers["Authorization"] = "Bearer " .. first_line(data .. "/token")
wrk.headers["Accept"] = "application/scim+json"

-- Counters a script wants summed over threads in the result line (globals of the thread states).
bench.counters = {}

local threads = {}
local tid_offset = tonumber(os.getenv("BENCH_TID_OFFSET") or "0")

function setup(thread)
  thread:set("tid", tid_offset + #threads)
  threads[#threads + 1] = thread
end

function init(args)
  math.randomseed(bench.entropy())
  if bench.init then bench.init() end
end

function done(summary, latency, requests)
  local extra = ""
  for _, name in ipairs(bench.counters) do
    local total = 0
    for _, thread in ipairs(threads) do total = total + (thread:get(name) or 0) end
    extra = extra .. string.format(',"%s":%d', name, total)
  end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"duration_s":%.3f,"rps":%.1f,"bytes":%d,"mean_us":%.1f,"stdev_us":%.1f,'
      .. '"p50_us":%d,"p90_us":%d,"p99_us":%d,"p999_us":%d,"max_us":%d,"non2xx":%d,'
      .. '"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d%s}\n',
    summary.requests, seconds, summary.requests / seconds, summary.bytes, latency.mean, latency.stdev,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9), latency.max,
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, extra))
end
