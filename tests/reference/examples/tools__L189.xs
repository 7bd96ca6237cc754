tool "search_products" {
  instructions = "Search products by name or category."
  input {
    text query? { description = "Search term" }
    text category? { description = "Category filter" }
    int limit?=10 { description = "Max results (default 10)" }
  }
  stack {
    db.query "product" {
      where = $db.product.name includes? $input.query && $db.product.category ==? $input.category && $db.product.is_active == true
      return = { type: "list", paging: { page: 1, per_page: $input.limit } }
    } as $products
  }
  response = $products.items
}
