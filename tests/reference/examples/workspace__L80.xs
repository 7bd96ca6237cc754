workspace "my_project" {
  acceptance = {
    ai_terms: true
  }
}
