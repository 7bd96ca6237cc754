task "daily_cleanup" {
  description = "Clean up expired sessions daily at midnight UTC"
  stack {
    db.query "session" {
      where = $db.session.expires_at < now
    } as $expired

    foreach ($expired) {
      each as $session {
        db.del "session" {
          field_name = "id"
          field_value = $session.id
        }
      }
    }

    debug.log { value = "Cleaned " ~ ($expired|count) ~ " sessions" }
  }
  schedule = [{starts_on: 2025-01-01 00:00:00+0000, freq: 86400}]
}
