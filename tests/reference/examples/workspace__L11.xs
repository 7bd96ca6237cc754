workspace "<name>" {
  description = "Workspace description"
  env = { ... }
  acceptance = { ... }
  preferences = { ... }
  realtime = { ... }
}
