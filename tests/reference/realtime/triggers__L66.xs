input {
  object toolset {
    schema {
      int id
      text name
      text instructions
    }
  }

  object[] tools {
    schema {
      int id
      text name
      text instructions
    }
  }
}
