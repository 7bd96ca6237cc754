// Post an update into an incident room
function "alerts/incident" {
  input {
    int incident_id
    text update
  }
  stack {
    var $room { value = "incidents/" ~ $input.incident_id }
    realtime.publish {
      realtime_server = "ops"
      channel = $room
      message = "incident_update"
      data = {incident_id: $input.incident_id, update: $input.update}
    }
  }
  response = null
}
