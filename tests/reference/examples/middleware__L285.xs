branch "production" {
  middleware = {
    query: {
      pre: ["validate_token", "rate_limit"],
      post: ["audit_log", "cache_response"]
    },
    function: {
      pre: ["validate_token"],
      post: ["audit_log"]
    }
  }
}
