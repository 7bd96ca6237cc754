middleware "<name>" {
  description = "What this middleware does"
  exception_policy = "silent" | "rethrow" | "critical"
  response_strategy = "merge" | "replace"
  input { ... }
  stack { ... }
  response = $result
}
