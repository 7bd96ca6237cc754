middleware "cache_response" {
  description = "Caches responses in Redis"
  exception_policy = "silent"

  input {
    text cache_key
    int ttl_seconds?=300
    json response_data
  }

  stack {
    redis.set {
      key = $input.cache_key
      value = $input.response_data|json_encode
      expire = $input.ttl_seconds
    }
  }

  response = null
}
