-- one meeting with its paragraphs, attendance and findings
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  local id = math.random(1, 100000)
  return wrk.format(nil, nil, nil, '{"query":"query ($id: ID!) { meeting(id: $id) { date body { name } paragraphs { number title } attendance { person { name } role } findings { ruleId severity } } }","variables":{"id":' .. id .. '}}')
end
