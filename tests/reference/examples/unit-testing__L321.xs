function "create_user" {
  input { text name }  // required: rejects null AND ""
  stack {
    precondition ($input.name != "") {
      error_type = "inputerror"
      error = "Name cannot be blank"
    }
  }
  response = { ok: true }

  // This test gets a validation error from the input layer, not "Name cannot be blank"
  test "rejects empty name" {
    input = { name: "" }
    expect.to_throw { value = "Name cannot be blank" }
  }
}
