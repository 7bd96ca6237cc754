// One channel per board: card changes, typing indicators
channel "boards/{board_id}" {
  realtime_server = "live"
  access = {anonymous: false, presence: true}
  publish = {who: "authenticated", direct: false}
  delivery = {guarantee: "at_most_once", per_recipient: false}
  conversation = {active: false, limit: 0, ttl: 0}
  input {
    int board_id
  }
}
