branch "production" {
  color = "#22c55e"

  history = {
    function: 100,
    query: 1000,
    task: 100,
    tool: 100,
    trigger: 100,
    middleware: 10
  }
}
