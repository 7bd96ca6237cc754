table "user" {
  auth = true
  schema {
    int id
    timestamp created_at?=now
    int tenant_id
    text name filters=trim
    email email filters=trim|lower {
      sensitive = true
    }
    password password
    enum role?="member" {
      values = ["member", "admin"]
    }
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "email"}]}
    {type: "btree", field: [{name: "tenant_id"}]}
  ]
}
