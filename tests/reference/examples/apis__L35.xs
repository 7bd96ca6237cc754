query "endpoint-path" verb=<METHOD> {
  api_group = "<GroupName>"     // Required: API group for organization
  description = "What this endpoint does"
  auth = "<table>"              // Optional: table with auth = true (usually "user")
  input { ... }
  stack { ... }
  response = $result
}
