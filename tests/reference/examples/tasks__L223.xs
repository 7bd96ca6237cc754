task "risky_sync" {
  stack {
    try_catch {
      try {
        api.request {
          url = "https://external-api.com/data"
          method = "GET"
        } as $data
        // Process data...
      }
      catch {
        util.send_email {
          service_provider = "resend"
          api_key = $env.RESEND_API_KEY
          to = "alerts@example.com"
          from = "system@example.com"
          subject = "Sync Task Failed"
          message = "The risky_sync task failed"
        }
      }
    }
  }
  schedule = [{starts_on: 2025-01-01 00:00:00+0000, freq: 3600}]
}
