// Boards and cards
api_group boards {
  canonical = "boards-api"
}
