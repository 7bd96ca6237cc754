agent "<name>" {
  canonical = "<unique-id>"
  description = "What this agent does"
  llm = {
    type: "<provider>"
    system_prompt: "Agent instructions"
    prompt: "{{ $args.message }}"
    max_steps: 5
  }
  tools = [{ name: "<tool-name>" }]
}
