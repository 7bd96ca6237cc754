workspace "my_project" {
  description = "My XanoScript project workspace"
}
