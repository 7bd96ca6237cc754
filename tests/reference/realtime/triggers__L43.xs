input {
  json new
  json old
  enum action {
    values = ["insert", "update", "delete", "truncate"]
  }

  text datasource
}
