// Tell every operator about an alert
function "alerts/raise" {
  input {
    text text
    enum level {
      values = ["info", "warning", "critical"]
    }
  }
  stack {
    realtime.publish {
      realtime_server = "ops"
      channel = "alerts"
      message = "alert"
      data = {text: $input.text, level: $input.level}
    }
  }
  response = null
}
