function "notify/mentions" {
  description = "Notify every mentioned room member, skipping the sender"
  input {
    int room_id {
      table = "room"
    }
    int message_id {
      table = "message"
    }
    int sender_id {
      table = "user"
    }
    int[] user_ids
  }

  stack {
    var $notified {
      value = 0
    }

    foreach ($input.user_ids|unique) {
      each as $user_id {
        // Mentioning yourself does not notify anyone
        conditional {
          if ($user_id == $input.sender_id) {
            continue
          }
        }

        db.query "room_member" {
          where = $db.room_member.room_id == $input.room_id && $db.room_member.user_id == $user_id
          return = {type: "exists"}
        } as $is_member

        conditional {
          if ($is_member) {
            api.realtime_event {
              channel = "user:" ~ $user_id ~ ":mentions"
              event = "mention"
              data = {
                room_id: $input.room_id,
                message_id: $input.message_id,
                mentioned_by: $input.sender_id
              }
            }

            math.add $notified {
              value = 1
            }
          }
        }
      }
    }
  }

  response = {notified: $notified}
}
