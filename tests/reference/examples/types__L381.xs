// user table has: name, email, password → generates $input.name, $input.email, $input.password
function create_user {
  input {
    dblink {
      table = "user"
    }
  }

  stack {
    var $x1 { value = $input.name }
  }

  response = $x1
}
