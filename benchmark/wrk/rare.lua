-- a year's findings of a rare rule, 20 with totalCount
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  local y = 2015 + math.random(0, 4)
  return wrk.format(nil, nil, nil, '{"query":"query ($filter: FindingFilter, $first: Int) { findings(filter: $filter, first: $first) { totalCount edges { node { databaseId ruleId } } } }","variables":{"first":20,"filter":{"ruleId":"CHECKING_LATE","from":"' .. y .. '-01-01","to":"' .. y .. '-12-31"}}}')
end
