// Every hour, tell open boards how many cards changed
task board_digest {
  stack {
    db.query "board" {
      return = {type: "list"}
    } as $boards
    foreach ($boards) {
      each as $board {
        api.realtime_event {
          channel = "boards/" ~ $board.id
          data = {board_id: $board.id}
        }
      }
    }
  }
  schedule = [{starts_on: 2025-01-01 00:00:00+0000, freq: 3600}]
}
