// Function with no inputs - IMPORTANT: braces must be on separate lines
function "<name>" {
  description = "..."
  input {
  }
  stack { ... }
  response = $result
}
