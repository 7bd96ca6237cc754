task "daily_digest" {
  description = "Send daily digest emails"
  stack {
    db.query "user" {
      where = $db.user.digest_enabled == true
    } as $users

    foreach ($users) {
      each as $user {
        db.query "notification" {
          where = $db.notification.user_id == $user.id && $db.notification.sent == false
        } as $notifications

        conditional {
          if (($notifications|count) > 0) {
            util.send_email {
              service_provider = "resend"
              api_key = $env.RESEND_API_KEY
              to = $user.email
              from = "noreply@example.com"
              subject = "Your Daily Digest"
              message = "You have " ~ ($notifications|count) ~ " new notifications"
            }
          }
        }
      }
    }
  }
  schedule = [{starts_on: 2025-01-01 08:00:00+0000, freq: 86400}]
}
