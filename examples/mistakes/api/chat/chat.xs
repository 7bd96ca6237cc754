// Chat rooms, messages, members and typing indicators
api_group "chat" {
  canonical = "chatapp-chat"
  tags = ["chat"]
  history = 100
}
