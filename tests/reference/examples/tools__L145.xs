tool "update_order_status" {
  instructions = "Update an order's status. Use when customer requests changes."
  input {
    int order_id { description = "Order ID to update" }
    enum status {
      description = "New status"
      values = ["pending", "processing", "shipped", "cancelled"]
    }
  }
  stack {
    db.edit "order" {
      field_name = "id"
      field_value = $input.order_id
      data = { status: $input.status, updated_at: now }
    } as $order
  }
  response = $order
}
