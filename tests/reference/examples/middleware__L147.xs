middleware "add_metadata" {
  response_strategy = "merge"

  input {
  }

  stack {
    var $meta {
      value = {
        server_time: now,
        version: "1.0.0"
      }
    }
  }

  response = { _meta: $meta }
}
// Original: { data: [...] }
// Result: { data: [...], _meta: { server_time: ..., version: "1.0.0" } }
