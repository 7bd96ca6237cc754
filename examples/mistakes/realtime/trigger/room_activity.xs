realtime_trigger "room_activity" {
  channel = "room:*"
  actions = {join: true, message: true}
  active = true
  description = "Record when members open a room and relay read receipts sent by clients"
  tags = ["chat", "realtime"]

  input {
    enum action {
      values = ["message", "join"]
    }

    text channel
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

    object options {
      schema {
        bool authenticated
        text channel
      }
    }

    json payload
  }

  stack {
    precondition ($input.options.authenticated == true) {
      error_type = "accessdenied"
      error = "Sign in to use chat rooms"
    }

    // Channel names look like room:<id>
    var $room_id {
      value = $input.channel|split:":"|get:1|to_int
    }

    var $user_id {
      value = $input.client.permissions.row_id|to_int
    }

    db.query "room_member" {
      where = $db.room_member.room_id == $room_id && $db.room_member.user_id == $user_id
      return = {type: "single"}
    } as $membership

    precondition ($membership != null) {
      error_type = "accessdenied"
      error = "You are not a member of this room"
    }

    var $reply {
      value = {ok: true}
    }

    conditional {
      if ($input.action == "join") {
        db.edit "room_member" {
          field_name = "id"
          field_value = $membership.id
          data = {
            last_seen_at: now
          }
        }

        var.update $reply {
          value = {ok: true, room_id: $room_id}
        }
      }
      elseif ($input.payload.type == "read") {
        // The client reports the newest message it has displayed
        db.edit "room_member" {
          field_name = "id"
          field_value = $membership.id
          data = {
            last_read_message_id: $input.payload.message_id,
            last_seen_at: now
          }
        }

        api.realtime_event {
          channel = "room:" ~ $room_id
          event = "read_receipt"
          data = {
            user_id: $user_id,
            message_id: $input.payload.message_id
          }
        }
      }
      else {
        var.update $reply {
          value = {ok: false, reason: "unsupported message type"}
        }
      }
    }
  }

  response = $reply

  history = 100
}
