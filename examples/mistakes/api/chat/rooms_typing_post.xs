query "rooms/{room_id}/typing" verb=POST {
  api_group = "chat"
  description = "Broadcast a typing indicator on the room's typing sub-channel"
  auth = "user"

  input {
    int room_id {
      table = "room"
    }
    bool is_typing?=true
  }

  stack {
    // Typing indicators go to room:<id>:typing so the message feed stays quiet
    api.realtime_event {
      channel = "room:" ~ $input.room_id ~ ":typing"
      event = "typing"
      data = {
        user_id: $auth.id,
        is_typing: $input.is_typing
      }
    }
  }

  response = null
}
