table "order" {
  auth = false
  schema {
    int id
    int user_id { table = "user" }
    decimal total filters=min:0
    enum status?="pending" { values = ["pending", "processing", "shipped", "delivered", "cancelled"] }
    json shipping_address
    timestamp created_at?=now
    timestamp updated_at?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "user_id"}]}
    {type: "btree", field: [{name: "status"}]}
    {type: "btree", field: [{name: "created_at", op: "desc"}]}
  ]
}
