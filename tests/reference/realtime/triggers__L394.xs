workspace_trigger "branch_notification" {
  actions = {branch_new: true, branch_merge: true, branch_live: true}
  active = true
  description = "Send notifications on branch events"
  tags = ["devops", "notifications"]

  // Uses predefined Workspace Trigger Input - see Predefined Input Blocks section
  input { ... }

  stack {
    // Access input fields: $input.to_branch, $input.from_branch, $input.action
    util.send_email {
      service_provider = "resend"
      api_key = $env.RESEND_API_KEY
      to = "team@example.com"
      from = "system@example.com"
      subject = "Branch Event: " ~ $input.action
      message = "Branch '" ~ $input.from_branch.label ~ "' -> '" ~ $input.to_branch.label ~ "' event: " ~ $input.action
    }
  }

  history = false
}
