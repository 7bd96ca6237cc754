// Log every operator connection
realtime_server_trigger ops_audit {
  realtime_server = "ops"
  input {
    enum action {
      values = ["connect", "disconnect"]
    }
    text realtime_server
    object client {
      schema {
        json extras
        object permissions {
          schema {
            int dbo_id
            text row_id
          }
        }
      }
    }
  }
  stack {
    debug.log {
      value = "operator connected: " ~ $input.client.permissions.dbo_id
    }
  }
  response = null
  actions = {connection: true}
}
