middleware "security_check" {
  exception_policy = "critical"

  input {
    text ip_address
  }

  stack {
    db.query "blocked_ips" {
      where = $db.blocked_ips.ip == $input.ip_address
      return = { type: "exists" }
    } as $is_blocked

    precondition (!$is_blocked) {
      error_type = "accessdenied"
      error = "Access denied"
    }
  }

  response = { allowed: true }
}
