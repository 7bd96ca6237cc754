table_trigger "audit_user_changes" {
  table = "user"
  actions = {insert: true, update: true, delete: true, truncate: false}
  active = true
  description = "Log all changes to user records"
  datasources = ["main_db"]

  // Uses predefined Table Trigger Input - see Predefined Input Blocks section
  input { ... }

  stack {
    // Access input fields: $input.new, $input.old, $input.action, $input.datasource
    db.add "audit_log" {
      data = {
        table_name: "user",
        action: $input.action,
        old_data: $input.old,
        new_data: $input.new,
        datasource: $input.datasource,
        timestamp: now
      }
    }
  }

  history = 100
}
