branch "staging" {
  color = "#f59e0b"
  description = "Staging environment for testing"

  middleware = {
    query: {
      pre: ["auth_check"],
      post: ["audit_log"]
    }
  }

  history = {
    function: 1000,
    query: 1000,
    task: 100,
    tool: 100,
    trigger: 100,
    middleware: 100
  }
}
