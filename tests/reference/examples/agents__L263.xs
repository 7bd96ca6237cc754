agent "Code Reviewer" {
  canonical = "code-review-v1"
  llm = {
    type: "anthropic"
    api_key: "{{ $env.ANTHROPIC_API_KEY }}"
    model: "claude-sonnet-4-5-20250929"
    system_prompt: """
      You are an expert code reviewer. Analyze code for:
      - Bugs and potential issues
      - Security vulnerabilities
      - Performance problems
      - Code style and best practices
      Provide specific, actionable feedback.
    """
    prompt: """
      Language: {{ $args.language }}
      Code:
      ```
      {{ $args.code }}
      ```
    """
    max_steps: 3
    temperature: 0.1
    send_reasoning: true
  }
  tools = []
}
