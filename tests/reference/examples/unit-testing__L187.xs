function "get_weather" {
  input { text city }
  stack {
    api.request {
      url = "https://api.weather.com/current"
      params = { city: $input.city }
      mock = {
        "returns sunny for Paris": { response: { weather: "sunny", temp: 22 } },
        "returns rainy for London": { response: { weather: "rainy", temp: 15 } }
      }
    } as $weather
  }
  response = $weather.response

  test "returns sunny for Paris" {
    input = { city: "Paris" }
    expect.to_equal ($response.weather) { value = "sunny" }
  }

  test "returns rainy for London" {
    input = { city: "London" }
    expect.to_equal ($response.weather) { value = "rainy" }
  }
}
