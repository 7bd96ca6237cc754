realtime_trigger "<name>" {
  channel = "<channel_name>"
  actions = {join: true, message: true}
  active = true
  description = "Description of this trigger"
  tags = ["tag1", "tag2"]

  // Uses predefined Realtime Trigger Input - see Predefined Input Blocks section
  input { ... }

  stack {
    // Logic to execute when triggered
  }

  response = $result

  history = 100
}
