query "stream_large_dataset" {
  stack {
    // Stream query results directly to response
    db.query "analytics" {
      where = $db.analytics.created_at >= $input.since
      sort = { created_at: "asc" }
      return = { type: "stream", chunk_size: 1000 }
    } as $data

    api.stream {
      format = "jsonl"
      value = $data
    }
  }
}
