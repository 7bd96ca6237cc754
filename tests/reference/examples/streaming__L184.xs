query "export_users_csv" {
  stack {
    db.query "user" {
      return = { type: "stream" }
    } as $users

    api.stream {
      format = "csv"
      value = $users
      headers = ["id", "name", "email", "created_at"]
      filename = "users_export.csv"
    }
  }
}
