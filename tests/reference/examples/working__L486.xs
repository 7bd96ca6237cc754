// GET endpoint
query "users" verb=GET {
  api_group = "users"
  auth = "none"              // "none", "user", "session", "api_key"
  input { int page?=1  int per_page?=25 }
  stack {
    db.query "user" {
      where = $db.user.is_active == true
      sort = { created_at: "desc" }
      return = { type: "list", paging: { page: $input.page, per_page: $input.per_page } }
    } as $users
  }
  response = $users
}

// GET single
query "users/{user_id}" verb=GET {
  api_group = "users"
  auth = "user"
  input { int user_id }
  stack {
    db.get "user" { field_name = "id" field_value = $input.user_id } as $user
    precondition ($user != null) { error_type = "notfound" error = "User not found" }
  }
  response = $user
}

// POST create
query "users" verb=POST {
  api_group = "users"
  auth = "user"
  input { text name  email email }
  stack {
    db.has "user" { field_name = "email" field_value = $input.email } as $exists
    precondition (!$exists) { error_type = "inputerror" error = "Email already taken" }
    db.add "user" { data = { name: $input.name, email: $input.email, created_at: now } } as $user
  }
  response = $user
}

// PATCH update
query "users/{user_id}" verb=PATCH {
  api_group = "users"
  auth = "user"
  input { int user_id  text? name?  email? email? }
  stack {
    db.get "user" { field_name = "id" field_value = $input.user_id } as $user
    precondition ($user != null) { error_type = "notfound" error = "Not found" }
    precondition ($user.id == $auth.id) { error_type = "accessdenied" error = "Not your record" }
    var $updates { value = { updated_at: now } }
    conditional {
      if ($input.name != null) { var.update $updates { value = $updates|set:"name":$input.name } }
    }
    db.patch "user" { field_name = "id" field_value = $input.user_id data = $updates } as $updated
  }
  response = $updated
}

// DELETE
query "users/{user_id}" verb=DELETE {
  api_group = "users"
  auth = "user"
  input { int user_id }
  stack {
    db.get "user" { field_name = "id" field_value = $input.user_id } as $user
    precondition ($user != null) { error_type = "notfound" error = "Not found" }
    precondition ($user.id == $auth.id) { error_type = "accessdenied" error = "Not yours" }
    db.del "user" { field_name = "id" field_value = $input.user_id }
  }
  response = { success: true }
}
