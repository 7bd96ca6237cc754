mcp_server_trigger "<name>" {
  mcp_server = "<server_name>"
  actions = {connection: true}
  active = true
  description = "Description of this trigger"
  tags = ["tag1", "tag2"]

  // Uses predefined MCP Server Trigger Input - see Predefined Input Blocks section
  input { ... }

  stack {
    // Logic to execute when triggered
  }

  response = $result

  history = false
}
