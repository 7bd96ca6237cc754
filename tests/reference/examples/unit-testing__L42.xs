function "calculate" {
  input { int x }
  stack {
    var $doubled { value = $input.x * 2 }    // NOT accessible in tests
    var $result  { value = $doubled + 1 }    // NOT accessible in tests
  }
  response = $result                          // This becomes $response in tests

  test "doubles and adds one" {
    input = { x: 5 }
    // ✅ Can access $response (the declared response)
    expect.to_equal ($response) { value = 11 }

    // ❌ Stack variables are not in scope — this will fail
    // expect.to_equal ($doubled) { value = 10 }
  }
}
