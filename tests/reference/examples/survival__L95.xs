function "get_user_greeting" {
  input {
    int user_id
    text? greeting?="Hello"
  }
  stack {
    db.get "user" {
      field_name = "id"
      field_value = $input.user_id
    } as $user

    precondition ($user != null) {
      error_type = "notfound"
      error = "User not found"
    }

    var $message { value = ($input.greeting ?? "Hello") ~ ", " ~ $user.name ~ "!" }
  }
  response = $message
}
