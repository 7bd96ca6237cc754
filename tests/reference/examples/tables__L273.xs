table "product" {
  auth = false
  schema {
    int id
    text name filters=trim
    text description?
    decimal price filters=min:0
    int stock_quantity?=0 filters=min:0
    int category_id { table = "category" }
    json metadata?
    bool is_published?=false
    timestamp created_at?=now
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "category_id"}]}
    {type: "btree", field: [{name: "is_published"}]}
  ]
}
