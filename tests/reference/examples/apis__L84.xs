// Minimal definition
api_group "users" {
  canonical = "myapp-users"          // Required: URL path segment (unique at instance level)
  description = "User management"    // Optional
}
