table board_member {
  schema {
    int id
    int board_id {
      table = "board"
    }
    int user_id {
      table = "user"
    }
  }
  index = [{type: "primary", field: [{name: "id"}]}]
}
