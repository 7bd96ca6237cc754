mcp_server "Analytics" {
  canonical = "analytics-mcp"
  description = "Data analysis and reporting tools"
  instructions = "Query and analyze business data. Use for generating reports and insights."
  tags = ["analytics", "reporting"]
  tools = [
    { name: "get_sales_summary" },
    { name: "get_user_metrics" },
    { name: "generate_report" },
    { name: "export_data" }
  ]
}
