workflow_test "<name>" {
  datasource = "live"
  stack { ... }
  tags = ["tag1", "tag2"]
}
