middleware "audit_log" {
  description = "Logs all API requests for audit trail"
  exception_policy = "silent"

  input {
    text endpoint
    text method
    json request_body?
    int user_id?
  }

  stack {
    db.add "audit_log" {
      data = {
        endpoint: $input.endpoint,
        method: $input.method,
        request_body: $input.request_body,
        user_id: $input.user_id,
        ip_address: $env.$remote_ip,
        created_at: now
      }
    }
  }

  response = null
}
