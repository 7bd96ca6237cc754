// Cursor moves go to everybody but the sender
message move_cursor {
  realtime_server = "live"
  channel = "boards/{board_id}/cursors"
  deliver_to = "others"
  input {
    decimal x
    decimal y
  }
  stack {
    realtime.get_session as $session
  }
  response = {client: $session.client_id, x: $input.x, y: $input.y}
}
