mcp_server "Store Operations" {
  canonical = "store-ops-v1"
  instructions = "Tools for managing an e-commerce store. Handle products, orders, and inventory."
  tags = ["ecommerce", "admin"]
  tools = [
    { name: "search_products" },
    { name: "get_product" },
    { name: "update_inventory" },
    { name: "get_order" },
    { name: "update_order_status" },
    { name: "process_refund" }
  ]
}
