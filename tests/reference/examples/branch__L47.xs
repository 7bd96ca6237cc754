branch "production" {
  color = "#22c55e"

  middleware = {
    function: {
      pre: ["auth_check", "rate_limit"],
      post: ["audit_log"]
    },
    query: {
      pre: ["auth_check", "rate_limit"],
      post: ["audit_log", "cache_response"]
    },
    task: {
      pre: ["task_lock"],
      post: ["task_cleanup"]
    },
    tool: {
      pre: ["tool_auth"],
      post: ["tool_log"]
    }
  }
}
