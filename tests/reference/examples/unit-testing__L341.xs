function "create_user" {
  input { text name? }  // optional: accepts "", null, or omission
  stack {
    precondition ($input.name != null && $input.name != "") {
      error_type = "inputerror"
      error = "Name cannot be blank"
    }
  }
  response = { ok: true }

  test "rejects empty name" {
    input = { name: "" }
    expect.to_throw { value = "Name cannot be blank" }
  }

  test "rejects null name" {
    input = { name: null }
    expect.to_throw { value = "Name cannot be blank" }
  }

  test "accepts valid name" {
    input = { name: "Alice" }
    expect.to_equal ($response.ok) { value = true }
  }
}
