-- GET /Groups/{id}?excludedAttributes=members on the large (10,000-member) group.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local group = os.getenv("BENCH_LARGE_GROUP") or error("BENCH_LARGE_GROUP is not set")
local path = bench.base .. "/Groups/" .. group .. "?excludedAttributes=members"

function request()
  return wrk.format("GET", path)
end
