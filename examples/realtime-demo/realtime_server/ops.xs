// Operations: alerts and incident rooms for the support team
realtime_server ops {
  canonical = "Op3Tn7Wd"
  description = "Operations alerts"
}
