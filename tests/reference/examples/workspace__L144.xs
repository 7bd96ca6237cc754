workspace "ecommerce_platform" {
  description = "E-commerce backend workspace"

  env = {
    STRIPE_KEY: "sk_live_...",
    SENDGRID_KEY: "SG...",
    AWS_REGION: "us-east-1",
    S3_BUCKET: "ecommerce-assets",
    REDIS_URL: "redis://cache.example.com:6379"
  }

  acceptance = {
    ai_terms: true
  }

  preferences = {
    internal_docs: true,
    track_performance: true
  }

  realtime = {
    canonical: "ecommerce"
  }
}
