tool "<name>" {
  description = "Internal documentation"
  instructions = "How the AI should use this tool"
  input { ... }
  stack { ... }
  response = $result
}
