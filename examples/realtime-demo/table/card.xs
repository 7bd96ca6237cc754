table card {
  schema {
    int id
    int board_id {
      table = "board"
    }
    text title filters=trim
    int author_id {
      table = "user"
    }
  }
  index = [{type: "primary", field: [{name: "id"}]}]
}
