// A client adds a card; everyone on the board sees it
message post_card {
  realtime_server = "live"
  channel = "boards/{board_id}"
  deliver_to = "channel"
  auth = "user"
  input {
    text title filters=trim
  }
  stack {
    realtime.get_session as $session
    db.add "card" {
      data = {board_id: $session.params.board_id|to_int, title: $input.title, author_id: $session.dbo_id}
    } as $card
  }
  response = {card_id: $card.id, title: $card.title}
}
