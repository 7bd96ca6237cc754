realtime_trigger "chat_message_handler" {
  channel = "chat_room"
  actions = {join: true, message: true}
  active = true
  description = "Handle chat room messages and joins"

  // Uses predefined Realtime Trigger Input - see Predefined Input Blocks section
  input { ... }

  stack {
    // Access input fields: $input.action, $input.channel, $input.client, $input.options, $input.payload
    conditional {
      if ($input.action == "join") {
        var $welcome { value = "Welcome to the chat!" }
      }
      else {
        db.add "chat_message" {
          data = {
            channel: $input.channel,
            user_id: $auth.id,
            message: $input.payload.message,
            timestamp: now
          }
        }
        var $welcome { value = null }
      }
    }
  }

  response = {status: "ok", welcome: $welcome}

  history = false
}
