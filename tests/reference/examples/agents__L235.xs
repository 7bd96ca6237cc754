agent "Task Manager" {
  canonical = "task-mgr-v1"
  description = "Manages user tasks"
  llm = {
    type: "google-genai"
    api_key: "{{ $env.GEMINI_API_KEY }}"
    model: "gemini-2.5-flash"
    system_prompt: """
      You help users manage their tasks. You can:
      - Add new tasks
      - Mark tasks complete
      - List pending tasks
      Always confirm actions with the user.
    """
    prompt: "User {{ $args.user_id }}: {{ $args.message }}"
    max_steps: 5
    temperature: 0.2
  }
  tools = [
    { name: "add_task" },
    { name: "complete_task" },
    { name: "list_tasks" }
  ]
}
