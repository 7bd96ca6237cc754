table "message" {
  auth = false
  schema {
    int id
    timestamp created_at?=now
    int room_id {
      table = "room"
    }
    int sender_id {
      table = "user"
    }
    text content filters=trim
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "room_id"}, {name: "created_at", op: "desc"}]}
  ]
}
