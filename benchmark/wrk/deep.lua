-- the deep page: meetings after a cursor in the middle of `generate --meetings 100000` (meeting 49 991, 2019-08-11)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"query ($after: String) { meetings(first: 20, after: $after) { edges { node { databaseId } } } }","variables":{"after":"bWVldGluZ3wyMDE5LTA4LTExfDQ5OTkx"}}'
