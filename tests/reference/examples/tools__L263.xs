tool "cancel_order" {
  instructions = "Cancel an order. Only works for pending orders."
  input {
    int order_id { description = "Order to cancel" }
  }
  stack {
    db.get "order" {
      field_name = "id"
      field_value = $input.order_id
    } as $order

    precondition ($order != null) {
      error_type = "notfound"
      error = "Order not found"
    }

    precondition ($order.status == "pending") {
      error_type = "standard"
      error = "Only pending orders can be cancelled"
    }

    db.edit "order" {
      field_name = "id"
      field_value = $input.order_id
      data = { status: "cancelled" }
    } as $updated
  }
  response = { success: true, order_id: $input.order_id }
}
