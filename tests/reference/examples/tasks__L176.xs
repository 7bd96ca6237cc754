task "sync_exchange_rates" {
  description = "Sync currency exchange rates every hour"
  stack {
    api.request {
      url = "https://api.exchangerate.com/latest"
      method = "GET"
      headers = []|push:("Authorization: Bearer " ~ $env.EXCHANGE_API_KEY)
    } as $rates_data

    foreach ($rates_data.response.result.rates|entries) {
      each as $rate {
        db.add_or_edit "exchange_rate" {
          field_name = "currency"
          field_value = $rate.key
          data = {
            currency: $rate.key,
            rate: $rate.value,
            updated_at: now
          }
        }
      }
    }
  }
  schedule = [{starts_on: 2025-01-01 00:00:00+0000, freq: 3600}]
}
