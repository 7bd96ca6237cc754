task "hourly_stats" {
  description = "Aggregate hourly statistics"
  stack {
    var $hour_ago { value = now|transform_timestamp:"-1 hour" }

    db.query "order" {
      where = $db.order.created_at >= $hour_ago
    } as $orders

    db.add "hourly_stats" {
      data = {
        hour: $hour_ago,
        order_count: $orders|count,
        total_revenue: ($orders|map:$$.total)|sum
      }
    }
  }
  schedule = [{starts_on: 2025-01-01 00:00:00+0000, freq: 3600}]
}
