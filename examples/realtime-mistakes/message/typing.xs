// Typing indicator: the others on the board see who is typing
message typing {
  realtime_server = "live"
  channel = "boards/{board_id}"
  deliver_to = "others"
  input {
    bool active
  }
  stack {
    realtime.get_session as $session
  }
}
