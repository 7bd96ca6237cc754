// Hand the pinned announcement to clients as soon as they subscribe
realtime_trigger announcements_join {
  channel = "announcement"
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
    db.query "announcement" {
      where = $db.announcement.pinned == true && $db.announcement.published_at != null
      sort = {published_at: "desc"}
      return = {type: "single"}
    } as $pinned

    var $reply {
      value = null
    }

    conditional {
      if ($pinned != null) {
        var.update $reply {
          value = {
            announcement_id: $pinned.id,
            title: $pinned.title,
            published_at: $pinned.published_at
          }
        }
      }
    }
  }

  response = $reply
  history = 100
  actions = {join: true}
}
