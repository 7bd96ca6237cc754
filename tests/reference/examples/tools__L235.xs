tool "get_order_with_items" {
  instructions = "Get complete order details including all items."
  input {
    int order_id { description = "Order ID" }
  }
  stack {
    tool.call "get_order_status" {
      input = { order_id: $input.order_id }
    } as $order

    db.query "order_item" {
      where = $db.order_item.order_id == $input.order_id
    } as $items
  }
  response = {
    order: $order,
    items: $items
  }
}
