query "profile" verb=GET {
  api_group = "Users"
  auth = "user"                 // Must reference a table with auth = true
  stack {
    db.get "user" {
      field_name = "id"
      field_value = $auth.id    // User ID from token
    } as $user
  }
  response = $user
}
