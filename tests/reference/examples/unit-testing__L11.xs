function "<name>" {
  input { ... }
  stack { ... }
  response = $result

  test "<test name>" {
    input = { key: value }
    expect.<assertion> ($response) { value = expected }
  }
}
