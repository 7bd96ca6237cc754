input {
  object to_branch {
    schema {
      int id
      text label
    }
  }

  object from_branch {
    schema {
      int id
      text label
    }
  }

  enum action {
    values = ["branch_live", "branch_merge", "branch_new"]
  }
}
