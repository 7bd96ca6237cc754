agent_trigger "assistant_handler" {
  agent = "customer_assistant"
  actions = {connection: true}
  active = true
  description = "Handle customer assistant agent connections"
  docs = "This trigger initializes the customer context when the agent connects"

  // Uses predefined Agent Trigger Input - see Predefined Input Blocks section
  input { ... }

  stack {
    // Access input fields: $input.toolset, $input.tools
    var $context {
      value = {
        toolset_name: $input.toolset.name,
        toolset_instructions: $input.toolset.instructions,
        available_tools: $input.tools
      }
    }
  }

  response = $context

  history = "inherit"
}
