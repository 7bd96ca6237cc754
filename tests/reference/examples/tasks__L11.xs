task "<name>" {
  description = "What this task does"
  stack { ... }
  schedule = [{starts_on: YYYY-MM-DD HH:MM:SS+0000, freq: <seconds>}]
}
