query "users/{user_id}" verb=GET {
  api_group = "Authentication"
  auth = "user"

  input {
    int user_id {
      table = "user"
    }
  }

  stack {
    db.get "user" {
      field_name = "id"
      field_value = $input.user_id
    } as $user
  }

  response = $user
}
