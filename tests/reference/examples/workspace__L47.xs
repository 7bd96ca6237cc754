workspace "my_project" {
  env = {
    API_KEY: "your-api-key",
    DATABASE_URL: "postgresql://...",
    REDIS_URL: "redis://...",
    ENVIRONMENT: "production"
  }
}
