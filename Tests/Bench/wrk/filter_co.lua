-- A substring search on a first-class column: GET /Users?filter=displayName co "<family name>"&count=100.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local users = bench.users()

function request()
  local family = users[math.random(#users)].family
  return wrk.format("GET", bench.base .. "/Users?filter=" .. bench.encode('displayName co "' .. family .. '"') .. "&count=100")
end
