function "validate_age" {
  input { int age }
  stack {
    precondition ($input.age >= 0) {
      error_type = "inputerror"
      error = "Age cannot be negative"
    }
    precondition ($input.age <= 150) {
      error_type = "inputerror"
      error = "Age is unrealistic"
    }
  }
  response = { valid: true }

  test "accepts valid age" {
    input = { age: 25 }
    expect.to_equal ($response.valid) { value = true }
  }

  test "rejects negative age" {
    input = { age: -5 }
    expect.to_throw { value = "Age cannot be negative" }
  }

  test "rejects unrealistic age" {
    input = { age: 200 }
    expect.to_throw { value = "Age is unrealistic" }
  }
}
