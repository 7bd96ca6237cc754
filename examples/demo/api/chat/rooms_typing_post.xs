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
    db.query "room_member" {
      where = $db.room_member.room_id == $input.room_id && $db.room_member.user_id == $auth.id
      return = {type: "exists"}
    } as $is_member

    precondition ($is_member) {
      error_type = "accessdenied"
      error = "You are not a member of this room"
    }

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
