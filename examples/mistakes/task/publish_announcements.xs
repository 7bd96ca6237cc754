task "publish_announcements" {
  description = "Every minute, publish announcements whose scheduled time has passed"
  stack {
    db.query "announcement" {
      where = $db.announcement.published_at == null && $db.announcement.publish_at <= now
      sort = {publish_at: "asc"}
    } as $due

    foreach ($due) {
      each as $announcement {
        db.edit "announcement" {
          field_name = "id"
          field_value = $announcement.id
          data = {
            published_at: now
          }
        }

        api.realtime_event {
          channel = "announcements"
          event = "announcement_published"
          data = {
            announcement_id: $announcement.id,
            title: $announcement.title,
            pinned: $announcement.pinned
          }
        }
      }
    }

    debug.log {
      value = "Published " ~ ($due|count) ~ " announcements"
    }
  }
  schedule = [{starts_on: 2025-01-01 00:00:00+0000, freq: 60}]
}
