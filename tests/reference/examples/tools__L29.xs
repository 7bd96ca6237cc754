tool "get_user_by_email" {
  description = "Look up user by email address"
  instructions = "Use this to find user details when you have their email."

  input {
    email email filters=lower {
      description = "The user's email address"
    }
  }

  stack {
    db.get "user" {
      field_name = "email"
      field_value = $input.email
    } as $user
  }

  response = $user
}
