// A client renames a card
message post_card {
  realtime_server = "live"
  channel = "boards/{board_id}"
  deliver_to = "channel"
  auth = "user"
  input {
    int card_id
    text title filters=trim
  }
  stack {
    db.edit "card" {
      field_name = "id"
      field_value = $input.card_id
      data = {title: $input.title}
    } as $card
  }
  response = {card_id: $card.id, title: $card.title}
}
