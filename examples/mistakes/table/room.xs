table "room" {
  auth = false
  schema {
    int id
    timestamp created_at?=now
    int tenant_id
    text name filters=trim
    int owner_id {
      table = "user"
      description = "User who created the room and manages its members"
    }
    bool is_archived?=false
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "tenant_id"}]}
  ]
}
