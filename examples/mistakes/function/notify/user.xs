function "notify/user" {
  description = "Push a notification to one user's private channel; a failed push never fails the caller"
  input {
    int user_id {
      table = "user"
    }
    text title filters=trim
    int room_id?
  }

  stack {
    var $delivered {
      value = false
    }

    try_catch {
      try {
        api.realtime_event {
          channel = "user:" ~ $input.user_id
          event = "notification"
          data = {
            title: $input.title,
            room_id: $input.room_id,
            sent_at: now
          }
          auth_table = "user"
          auth_id = $input.user_id
        }

        var.update $delivered {
          value = true
        }
      }
      catch {
        debug.log {
          value = "notify/user: push failed for user " ~ $input.user_id
        }
      }
    }
  }

  response = {delivered: $delivered}
}
