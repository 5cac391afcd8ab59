-- PUT /Users/{id} of random existing users: the full Okta AIW body, same userName, a new title each time.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/scim+json"
local users = bench.users()
local counter = 0

function request()
  counter = counter + 1
  local user = users[math.random(#users)]
  local body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],'
    .. '"id":"' .. user.id .. '","userName":"' .. user.name .. '",'
    .. '"name":{"givenName":"' .. user.given .. '","familyName":"' .. user.family .. '"},'
    .. '"emails":[{"primary":true,"value":"' .. user.name .. '","type":"work"}],'
    .. '"displayName":"' .. user.given .. ' ' .. user.family .. '","locale":"en-US","title":"Title ' .. tid .. '-' .. counter .. '",'
    .. '"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Engineering","division":"EMEA"},'
    .. '"active":true}'
  return wrk.format(nil, bench.base .. "/Users/" .. user.id, nil, body)
end
