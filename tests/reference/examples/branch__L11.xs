branch "<name>" {
  color = "#hex"
  description = "Branch description"
  middleware = { ... }
  history = { ... }
}
