workspace_trigger "<name>" {
  actions = {branch_new: true, branch_merge: true, branch_live: true}
  active = true
  description = "Description of this trigger"
  tags = ["tag1", "tag2"]

  // Uses predefined Workspace Trigger Input - see Predefined Input Blocks section
  input { ... }

  stack {
    // Logic to execute when triggered
  }

  history = 100
}
