mcp_server "Task Manager" {
  canonical = "task-mgr-mcp"
  description = "Task management tools for productivity agents"
  instructions = "Manages user tasks. All tools relate to the authenticated user's records."
  tags = ["productivity", "internal"]
  tools = [
    { name: "add_task" },
    { name: "list_tasks" },
    { name: "complete_task" },
    { name: "delete_task" }
  ]
}
