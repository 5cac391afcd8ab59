-- GET /Users/{id} of random existing users (also the baseline's request: same client work).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local users = bench.users()

function request()
  return wrk.format("GET", bench.base .. "/Users/" .. users[math.random(#users)].id)
end
