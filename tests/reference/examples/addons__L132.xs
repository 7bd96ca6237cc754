addon order_count {
  input {
    int user_id
  }

  stack {
    db.query order {
      where = $db.order.user_id == $input.user_id
      return = {type: "count"}
    }
  }
}
