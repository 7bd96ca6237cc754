// Record when users come and go
realtime_server_trigger presence {
  realtime_server = "live"
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
      value = $input.action ~ " " ~ $input.client.permissions.dbo_id
    }
  }
  response = null
  actions = {connect: true, disconnect: true}
}
