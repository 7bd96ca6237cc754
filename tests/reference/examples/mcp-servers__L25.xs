mcp_server "Customer Support" {
  canonical = "support-mcp-v1"
  description = "Tools for customer support agents"
  instructions = "Use these tools to help customers with orders and accounts."
  tags = ["support", "customer"]
  tools = [
    { name: "get_order_status" },
    { name: "update_order" },
    { name: "create_ticket" }
  ]
}
