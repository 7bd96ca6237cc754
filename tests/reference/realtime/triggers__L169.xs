table_trigger "<name>" {
  table = "<table_name>"
  actions = {insert: true, update: true, delete: true, truncate: false}
  datasources = ["datasource1", "datasource2"]
  active = true
  description = "Description of this trigger"
  tags = ["tag1", "tag2"]

  // Uses predefined Table Trigger Input - see Predefined Input Blocks section
  input { ... }

  stack {
    // Logic to execute when triggered
  }

  history = 100
}
