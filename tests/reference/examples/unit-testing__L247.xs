query "products/{id}" verb=GET {
  input {
    int id { table = "product" }
  }
  stack {
    db.get "product" {
      field_name = "id"
      field_value = $input.id
      mock = {
        "returns product": { id: 1, name: "Widget", price: 29.99 },
        "handles not found": null
      }
    } as $product
  }
  response = $product

  test "returns product" {
    input = { id: 1 }
    expect.to_equal ($response.name) { value = "Widget" }
  }

  test "handles not found" {
    input = { id: 999 }
    expect.to_be_null ($response)
  }
}
