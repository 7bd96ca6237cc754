branch "production" {
  color = "#22c55e"
  description = "Production environment"

  middleware = {
    function: {
      pre: ["auth_check", "rate_limit"],
      post: ["audit_log"]
    },
    query: {
      pre: ["auth_check", "rate_limit", "security_check"],
      post: ["audit_log", "cache_response"]
    },
    task: {
      pre: ["task_lock"],
      post: ["audit_log"]
    },
    tool: {
      pre: ["auth_check"],
      post: ["audit_log"]
    }
  }

  history = {
    function: 100,
    query: 100,
    task: 100,
    tool: 100,
    trigger: 100,
    middleware: false
  }
}
