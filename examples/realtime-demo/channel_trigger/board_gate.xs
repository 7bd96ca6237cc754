// Only members of a board may join its channel
channel_trigger board_gate {
  realtime_server = "live"
  channel = "boards/{board_id}"
  input {
    enum action {
      values = ["join", "leave", "deliver"]
    }
    text channel
    json payload
    object client {
      schema {
        json extras
        object permissions {
          schema {
            int dbo_id
            text row_id
          }
        }
      }
    }
  }
  stack {
    realtime.get_session as $session
    db.query "board_member" {
      where = $db.board_member.board_id == ($session.params.board_id|to_int) && $db.board_member.user_id == $session.dbo_id
      return = {type: "exists"}
    } as $member
  }
  response = {allowed: $member, reason: "not a member of this board"}
  actions = {join: true}
}
