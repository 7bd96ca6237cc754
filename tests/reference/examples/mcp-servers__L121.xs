mcp_server "CRM" {
  canonical = "crm-mcp-v2"
  instructions = """
    Customer Relationship Management tools.
    - Use contact tools for customer info
    - Use deal tools for sales pipeline
    - Use activity tools for interaction logging
  """
  tags = ["crm", "sales"]
  tools = [
    { name: "search_contacts" },
    { name: "get_contact" },
    { name: "create_contact" },
    { name: "update_contact" },
    { name: "list_deals" },
    { name: "create_deal" },
    { name: "log_activity" }
  ]
}
