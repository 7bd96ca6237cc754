function "activity/log" {
  description = "Publish an entry on the tenant's activity stream shown in the admin dashboard"
  input {
    int tenant_id
    text action filters=trim
    int actor_id {
      table = "user"
    }
    int room_id?
  }

  stack {
    switch ($input.action) {
      case ("room_created") {
        var $summary {
          value = "created a room"
        }
      } break
      case ("member_added") {
        var $summary {
          value = "added a member to a room"
        }
      } break
      default {
        var $summary {
          value = $input.action
        }
      }
    }

    api.realtime_event {
      channel = "tenant:" ~ $input.tenant_id ~ ":activity"
      event = "activity"
      data = {
        action: $input.action,
        summary: $summary,
        actor_id: $input.actor_id,
        room_id: $input.room_id,
        at: now
      }
    }
  }

  response = null
}
