-- Okta's lookup before every create: GET /Users?filter=userName eq "…", encoded as Okta sends it.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local users = bench.users()
local paths = {}
for i, user in ipairs(users) do
  paths[i] = bench.base .. "/Users?filter=" .. bench.encode('userName eq "' .. user.name .. '"')
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
