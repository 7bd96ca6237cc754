query "live_updates" {
  stack {
    api.stream {
      format = "sse"
    } as $stream

    // Send events to client
    $stream.send { event = "connected", data = { status: "ok" } }

    foreach ($updates) {
      each as $update {
        $stream.send { event = "update", data = $update }
      }
    }

    $stream.close
  }
}
