realtime_channel "announcements" {
  description = "Workspace-wide announcements; read-only for clients, visible on the login screen"
  active = true

  public_messaging = {
    active: false,
    auth: false
  }

  private_messaging = {
    active: false,
    auth: false
  }

  settings = {
    anonymous_clients: true,
    nested_channels: false,
    message_history: 25,
    auth_channel: false,
    presence: false
  }
}
