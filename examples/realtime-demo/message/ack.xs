// An operator acknowledges an incident
message ack {
  realtime_server = "ops"
  channel = "incidents/{incident_id}"
  deliver_to = "channel"
  auth = "user"
  input {
    text note?
  }
  stack {
    realtime.get_session as $session
  }
  response = {acknowledged_by: $session.dbo_id, note: $input.note}
}
