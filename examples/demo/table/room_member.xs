table "room_member" {
  auth = false
  schema {
    int id
    int room_id {
      table = "room"
    }
    int user_id {
      table = "user"
    }
    enum role?="member" {
      values = ["owner", "member"]
    }
    timestamp joined_at?=now
    timestamp? last_seen_at?
    int? last_read_message_id? {
      table = "message"
    }
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "room_id"}, {name: "user_id"}]}
  ]
}
