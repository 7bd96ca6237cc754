table "announcement" {
  auth = false
  schema {
    int id
    timestamp created_at?=now
    text title filters=trim
    text body
    bool pinned?=false
    timestamp publish_at
    timestamp? published_at?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "publish_at"}]}
  ]
}
