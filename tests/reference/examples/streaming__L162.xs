query "export_logs" {
  input {
    timestamp start_date
    timestamp end_date
  }
  stack {
    db.query "log" {
      where = $db.log.created_at >= $input.start_date && $db.log.created_at <= $input.end_date
      return = { type: "stream" }
    } as $logs

    api.stream {
      format = "jsonl"
      value = $logs
    }
  }
}
