// When a client leaves, its cursor disappears for the others
channel_trigger cursor_leave {
  realtime_server = "live"
  channel = "boards/{board_id}/cursors"
  input {
    enum action {
      values = ["join", "leave", "deliver"]
    }
    text channel
    json payload
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
    realtime.get_session as $session
    realtime.publish {
      realtime_server = "live"
      channel = $session.channel
      message = "cursor_gone"
      data = {client: $session.client_id}
    }
  }
  response = null
  actions = {leave: true}
}
