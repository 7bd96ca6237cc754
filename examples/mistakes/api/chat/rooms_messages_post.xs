query "rooms/{room_id}/messages" verb=POST {
  api_group = "chat"
  description = "Post a message to a room and push it to everyone subscribed to room:<id>"
  auth = "user"

  input {
    int room_id {
      table = "room"
    }
    text content filters=trim
    int[] mentions?
  }

  stack {
    precondition (($input.content|strlen) > 0) {
      error_type = "inputerror"
      error = "Message cannot be empty"
    }

    db.query "room_member" {
      where = $db.room_member.room_id == $input.room_id && $db.room_member.user_id == $auth.id
      return = {type: "exists"}
    } as $is_member

    precondition ($is_member) {
      error_type = "accessdenied"
      error = "You are not a member of this room"
    }

    db.add "message" {
      data = {
        room_id: $input.room_id,
        sender_id: $auth.id,
        content: $input.content,
        created_at: now
      }
    } as $message

    // Keep the payload small: clients fetch the full message by id
    api.realtime_event {
      channel = "rooms:" ~ $input.room_id
      event = "message_created"
      data = {
        message_id: $message.id,
        sender_id: $auth.id,
        created_at: $message.created_at
      }
    }

    conditional {
      if (($input.mentions|count) > 0) {
        function.run "notify/mentions" {
          input = {
            room_id: $input.room_id,
            message_id: $message.id,
            sender_id: $auth.id,
            user_ids: $input.mentions
          }
        } as $mention_result
      }
    }
  }

  response = {id: $message.id, created_at: $message.created_at}
}
