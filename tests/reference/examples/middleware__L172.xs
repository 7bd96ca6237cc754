middleware "transform_response" {
  response_strategy = "replace"

  input {
    json original_response
  }

  stack {
    var $transformed {
      value = {
        success: true,
        payload: $input.original_response
      }
    }
  }

  response = $transformed
}
