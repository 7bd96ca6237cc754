// Define
function "calculate_total" {
  input {
    decimal[] prices
    decimal tax_rate?=0.1
  }
  stack {
    var $subtotal { value = $input.prices|sum }
    var $tax { value = $subtotal * $input.tax_rate }
  }
  response = { subtotal: $subtotal, tax: $tax, total: $subtotal + $tax }
}

// Call
function.run "calculate_total" {
  input = { prices: [10, 20, 30], tax_rate: 0.08 }
} as $result

// Async (fire and forget)
function.run "send_notification" {
  async = true
  input = { user_id: $auth.id, message: "Done" }
}
