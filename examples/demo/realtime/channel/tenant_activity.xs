// Per-tenant activity stream for the admin dashboard (rooms created, members added)
realtime_channel "tenant:*:activity" {
  public_messaging = {active: false}
  private_messaging = {active: false}
  settings = {
    anonymous_clients: false
    nested_channels  : false
    message_history  : 250
    auth_channel     : true
    presence         : false
  }
}
