branch "development" {
  color = "#3b82f6"
  description = "Development environment with full debugging"

  history = {
    function: "all",
    query: "all",
    task: "all",
    tool: "all",
    trigger: "all",
    middleware: "all"
  }
}
