workflow_test "comprehensive_test" {
  datasource = "live"

  stack {
    // Call functions
    api.call "test" verb=GET {
      api_group = "test"
      headers = '["Content-Type: application/json"]'
    } as $endpoint1

    addon.call "my_addon" as $addon1
    function.call "my_function" {
      input = {name: "Justin"}
    } as $function1

    middleware.call "my_middleware" {
      input = {vars: {}, type: "pre"}
    } as $middleware1

    task.call "my_task" as $task1
    tool.call "my_tool" as $tool1
    trigger.call "my_trigger" {
      input = {new: {}, old: {}, action: "", datasource: ""}
    } as $trigger1

    // No-property assertions
    expect.to_be_defined ($endpoint1)
    expect.to_be_empty ($addon1)
    expect.to_be_false ($endpoint1)
    expect.to_be_true ($addon1)
    expect.to_be_null ($middleware1)
    expect.to_not_be_null ($endpoint1)
    expect.to_not_be_defined ($function1)
    expect.to_be_in_the_past ($endpoint1)
    expect.to_be_in_the_future ($endpoint1)

    // Value assertions
    expect.to_equal ($endpoint1) { value = $endpoint1 }
    expect.to_not_equal ($endpoint1) { value = $addon1 }
    expect.to_be_greater_than ($endpoint1) { value = 3 }
    expect.to_be_less_than ($addon1) { value = $task1 }
    expect.to_contain ($endpoint1) { value = "asdf" }
    expect.to_start_with ($addon1) { value = "f" }
    expect.to_end_with ($addon1) { value = "asdf" }

    // Regex pattern
    expect.to_match ($endpoint1) { value = ".*" }

    // Range assertion
    expect.to_be_within ($endpoint1) {
      min = 1
      max = 4
    }

    // Error assertion
    expect.to_throw {
      stack {
        security.create_uuid as $x1
      }

      exception = "error"
    }
  }

  tags = ["a", "b"]
}
