api.realtime_event {
  channel = "global"
  event = "broadcast"
  data = { message: $input.message }
}
