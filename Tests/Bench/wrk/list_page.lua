-- A list page at a random offset: GET /Users?startIndex=<random>&count=100.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local total = tonumber(os.getenv("BENCH_USERS") or "100000")

function request()
  return wrk.format("GET", bench.base .. "/Users?startIndex=" .. math.random(math.max(1, total - 99)) .. "&count=100")
end
