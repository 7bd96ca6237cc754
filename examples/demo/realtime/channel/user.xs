// Private notifications for one signed-in user (mentions, room invites)
realtime_channel "user:*" {
  public_messaging = {active: false}
  private_messaging = {auth: true}
  settings = {
    anonymous_clients: false
    nested_channels  : false
    message_history  : 50
    auth_channel     : true
    presence         : false
  }
}
