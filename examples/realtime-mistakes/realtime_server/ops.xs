// Operations: alerts and incident rooms for the support team
realtime_server ops {
  description = "Operations alerts"
}
