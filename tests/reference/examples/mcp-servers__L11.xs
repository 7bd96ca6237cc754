mcp_server "<name>" {
  canonical = "<unique-id>"
  description = "Internal documentation"
  instructions = "How to use this server's tools"
  tags = ["category"]
  tools = [{ name: "<tool-name>" }]
}
