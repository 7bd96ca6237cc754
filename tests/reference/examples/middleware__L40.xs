middleware "log_request" {
  description = "Logs all incoming requests"

  input {
    json request_data
  }

  stack {
    debug.log {
      value = {
        timestamp: now,
        data: $input.request_data
      }
    }
  }

  response = null
}
