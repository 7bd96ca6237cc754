table user {
  auth = true
  schema {
    int id
    text name filters=trim
    email email filters=trim|lower
    password password
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "email"}]}
  ]
}
