-- POST /Users with unique userNames (random run id + thread id + counter); counts the 201s.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/scim+json"
bench.counters = { "created" }
created = 0
local counter, run = 0, nil

function bench.init()
  run = string.format("%08x", bench.entropy())
end

function request()
  counter = counter + 1
  local name = string.format("post-%s-%d-%d@bench.example", run, tid, counter)
  local body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"' .. name .. '",'
    .. '"name":{"givenName":"Post","familyName":"User"},"emails":[{"primary":true,"value":"' .. name .. '","type":"work"}],'
    .. '"displayName":"Post User","locale":"en-US","externalId":"00p' .. run .. tid .. counter .. '","groups":[],'
    .. '"password":"1mz050nq","active":true}'
  return wrk.format(nil, bench.base .. "/Users", nil, body)
end

function response(status, headers, body)
  if status == 201 then created = created + 1 end
end
