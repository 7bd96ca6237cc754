api_group Authentication {
  active = false                     // Disable group (cannot be externally invoked)
  canonical = "plmgzl-s"            // Required: unique at instance level
  swagger = {token: "cbO83nMTt7BVgq3QcQgKikDfHeo"}  // Protect Swagger docs behind a token (plain text)
  tags = ["auth", "security", "encrypted"]           // Tags for organization
  history = 100                      // Request history: up to 100 statements per request
}
