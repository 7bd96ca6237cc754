// Cursor positions on a board; high volume, so rate limited
channel "boards/{board_id}/cursors" {
  realtime_server = "live"
  access = {anonymous: false, presence: false}
  publish = {who: "anyone", direct: false}
  delivery = {guarantee: "at_most_once", per_recipient: false}
  conversation = {active: false, limit: 0, ttl: 0}
  rate_limit = {messages_per_minute: 600}
  input {
    int board_id
  }
}
