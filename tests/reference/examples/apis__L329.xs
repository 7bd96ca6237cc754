query "products/{product_id}" verb=PATCH {
  api_group = "Products"
  auth = "user"
  input {
    int product_id { table = "product" }
    text name? filters=trim
    text description? filters=trim
    decimal price? filters=min:0
  }
  stack {
    var $updates { value = {} }

    conditional {
      if ($input.name != null) {
        var.update $updates.name { value = $input.name }
      }
    }
    conditional {
      if ($input.price != null) {
        var.update $updates.price { value = $input.price }
      }
    }

    precondition (($updates|is_empty) == false) {
      error = "No updates provided"
    }

    db.patch "product" {
      field_name = "id"
      field_value = $input.product_id
      data = $updates
    } as $product
  }
  response = $product
}
