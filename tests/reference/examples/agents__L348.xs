agent "Research Agent" {
  canonical = "research-v1"
  llm = {
    type: "openai"
    api_key: "{{ $env.OPENAI_API_KEY }}"
    model: "gpt-5"
    system_prompt: """
      You are a research assistant with access to web search
      and document analysis tools. Use them to find and analyze information.
    """
    prompt: "{{ $args.query }}"
    max_steps: 8
  }
  tools = [
    { name: "search_web" },
    { name: "fetch_page" },
    { name: "summarize_document" }
  ]
  external_mcp_servers = [
    {
      url: "{{ $env.WEB_MCP_URL }}",
      api_key: "{{ $env.WEB_MCP_KEY }}"
    }
  ]
}
