middleware "rate_limit" {
  description = "Enforces rate limits per user"
  exception_policy = "rethrow"

  input {
    int user_id
    int max_requests?=100
    int window_seconds?=60
  }

  stack {
    redis.ratelimit {
      key = "ratelimit:" ~ $input.user_id
      max = $input.max_requests
      ttl = $input.window_seconds
      error = "Rate limit exceeded"
    }
  }

  response = null
}
