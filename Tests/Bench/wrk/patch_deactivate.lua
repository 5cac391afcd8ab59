-- Okta's deactivation: PATCH /Users/{id} {"op":"replace","value":{"active":false}}. Each thread walks
-- its own share of the (shuffled) sample, so every request changes a user; a second pass reactivates.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
wrk.method = "PATCH"
wrk.headers["Content-Type"] = "application/scim+json"
local users = bench.users()
local bodies = {}
for _, active in ipairs({ "false", "true" }) do
  bodies[#bodies + 1] = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],'
    .. '"Operations":[{"op":"replace","value":{"active":' .. active .. '}}]}'
end
local counter = 0

function request()
  local share = math.floor(#users / bench.threads)
  local step = counter % share
  local pass = math.floor(counter / share)
  counter = counter + 1
  local user = users[tid * share + step + 1]
  return wrk.format(nil, bench.base .. "/Users/" .. user.id, nil, bodies[pass % 2 + 1])
end
