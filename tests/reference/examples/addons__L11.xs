addon <name> {
  input {
    <type> <name>
  }

  stack {
    db.query <tableName> {
      return = {type: "<return_type>"}
    }
  }
}
