-- PATCH /Groups/{id} changing 1,000 members per request, in Okta's shapes: add with a value list,
-- remove with one members[value eq "…"] operation per member. Each thread owns CHUNKS chunks of
-- 1,000 distinct users and cycles add 1..K, remove 1..K, so nearly every request changes 1,000 rows.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
wrk.method = "PATCH"
wrk.headers["Content-Type"] = "application/scim+json"
local group = os.getenv("BENCH_PATCH_GROUP") or error("BENCH_PATCH_GROUP is not set")
local size = 1000
local path = bench.base .. "/Groups/" .. group .. (os.getenv("BENCH_PATCH_QUERY") or "")
local adds, removes = {}, {}
local counter = 0

function bench.init()
  local users = bench.users()
  local chunks = math.min(16, math.floor(#users / (bench.threads * size)))
  assert(chunks >= 1, "not enough users in users.tsv for 1,000-member chunks")
  for k = 1, chunks do
    local first = (tid * chunks + (k - 1)) * size
    local values, ops = {}, {}
    for i = 1, size do
      local user = users[first + i]
      values[i] = '{"value":"' .. user.id .. '","display":"' .. user.name .. '"}'
      ops[i] = '{"op":"remove","path":"members[value eq \\"' .. user.id .. '\\"]"}'
    end
    adds[k] = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"members","value":['
      .. table.concat(values, ",") .. ']}]}'
    removes[k] = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[' .. table.concat(ops, ",") .. ']}'
  end
end

function request()
  local k = counter % (2 * #adds)
  counter = counter + 1
  local body = k < #adds and adds[k + 1] or removes[k - #adds + 1]
  return wrk.format(nil, path, nil, body)
end
