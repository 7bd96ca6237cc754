branch "production" {
  color = "#22c55e"
  description = "Production environment"
}
