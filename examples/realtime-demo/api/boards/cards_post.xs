// Add a card from the REST API; open boards see it at once
query "boards/{board_id}/cards" verb=POST {
  api_group = "boards"
  auth = "user"
  input {
    int board_id
    text title filters=trim
  }
  stack {
    db.query "board_member" {
      where = $db.board_member.board_id == $input.board_id && $db.board_member.user_id == $auth.id
      return = {type: "exists"}
    } as $member
    precondition ($member) {
      error_type = "accessdenied"
      error = "Not a member of this board"
    }
    db.add "card" {
      data = {board_id: $input.board_id, title: $input.title, author_id: $auth.id}
    } as $card
    realtime.publish {
      realtime_server = "live"
      channel = "boards/" ~ $input.board_id
      message = "card_added"
      data = {card_id: $card.id, title: $card.title}
      auth_table = "user"
      auth_id = $auth.id
    }
  }
  response = $card
}
