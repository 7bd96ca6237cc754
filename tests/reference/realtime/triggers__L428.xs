agent_trigger "<name>" {
  agent = "<agent_name>"
  actions = {connection: true}
  active = true
  description = "Description of this trigger"
  docs = "Extended documentation for the trigger"
  tags = ["tag1", "tag2"]

  // Uses predefined Agent Trigger Input - see Predefined Input Blocks section
  input { ... }

  stack {
    // Logic to execute when triggered
  }

  response = $result

  history = "inherit"
}
