tool "get_weather" {
  instructions = "Get current weather for a city."
  input {
    text city filters=trim { description = "City name" }
  }
  stack {
    api.request {
      url = "https://api.weather.com/current"
      method = "GET"
      params = { q: $input.city, key: $env.WEATHER_API_KEY }
    } as $weather
  }
  response = {
    city: $input.city,
    temperature: $weather.response.result.temp,
    conditions: $weather.response.result.conditions
  }
}
