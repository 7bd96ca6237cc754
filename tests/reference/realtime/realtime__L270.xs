// Save to database, then broadcast to subscribers
db.add "message" {
  data = { room_id: $input.room_id, sender_id: $auth.id, content: $input.content }
} as $message

api.realtime_event {
  channel = "room:" ~ $input.room_id
  event = "new_message"
  data = $message
}
