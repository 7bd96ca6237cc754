// Recommended: no datasource
workflow_test "basic_check" {
  stack {
    function.call "health_check" as $result
    expect.to_be_defined ($result)
  }
}

// Custom datasource
workflow_test "staging_check" {
  datasource = "staging"
  stack { ... }
}
