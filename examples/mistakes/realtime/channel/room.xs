realtime_channel "room:*" {
  description = "One channel per chat room (room:<id>); room:<id>:typing carries typing indicators"
  active = true

  public_messaging = {active: true, auth: true}
  private_messaging = {active: true, auth: true}

  settings = {
    anonymous_clients: false,
    nested_channels: true,
    message_history: 500,
    auth_channel: true,
    presence: true
  }
}
