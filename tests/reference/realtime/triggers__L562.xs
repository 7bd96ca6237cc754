mcp_server_trigger "database_tool_handler" {
  mcp_server = "database_tools"
  actions = {connection: true}
  active = true
  description = "Handle database tool calls from MCP clients"
  tags = ["mcp", "database"]

  // Uses predefined MCP Server Trigger Input - see Predefined Input Blocks section
  input { ... }

  stack {
    // Access input fields: $input.toolset, $input.tools
    var $result {
      value = {
        server: $input.toolset.name,
        instructions: $input.toolset.instructions,
        tool_count: $input.tools|count
      }
    }
  }

  response = $result

  history = false
}
