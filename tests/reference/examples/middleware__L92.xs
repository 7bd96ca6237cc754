middleware "validate_token" {
  exception_policy = "rethrow"

  input {
    text token
  }

  stack {
    precondition ($input.token|strlen > 0) {
      error_type = "accessdenied"
      error = "Token required"
    }
  }

  response = { valid: true }
}
