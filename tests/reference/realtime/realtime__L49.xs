realtime_channel "<channel_pattern>" {
  description = "Channel description"
  active = true

  public_messaging = {
    active: true,
    auth: false
  }

  private_messaging = {
    active: true,
    auth: true
  }

  settings = {
    anonymous_clients: false,
    nested_channels: true,
    message_history: 100,
    auth_channel: true,
    presence: true
  }
}
