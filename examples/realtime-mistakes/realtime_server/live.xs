// Live collaboration on boards: cards and cursors
realtime_server live {
  canonical = "Lv8Xq2Rb"
  description = "Board collaboration"
}
