table "<name>" {
  auth = false                    // true if used for authentication
  schema {
    int id                        // Primary key (required)
    timestamp created_at?=now
    text name filters=trim
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
  ]
}
