agent "Customer Support" {
  canonical = "support-agent-v1"
  description = "Handles customer inquiries"
  llm = {
    type: "xano-free"
    system_prompt: "You are a helpful customer support agent."
    prompt: "{{ $args.user_message }}"
    max_steps: 5
    temperature: 0.7
  }
  tools = [
    { name: "get_order_status" },
    { name: "create_ticket" }
  ]
}
