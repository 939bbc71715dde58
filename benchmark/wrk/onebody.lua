-- the meetings of one body in one year, 50 with totalCount
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local ms = { "Ludvika", "Falun", "Mora", "Umeå", "Lund", "Kalmar" }
local bs = { "Kommunstyrelsen", "Socialnämnden", "Tekniska nämnden" }
request = function()
  local y = 2015 + math.random(0, 4)
  return wrk.format(nil, nil, nil, '{"query":"query ($filter: MeetingFilter) { meetings(filter: $filter, first: 50) { totalCount edges { node { databaseId date } } } }","variables":{"filter":{"municipality":"' .. ms[math.random(1,6)] .. '","body":"' .. bs[math.random(1,3)] .. '","from":"' .. y .. '-01-01","to":"' .. y .. '-12-31"}}}')
end
