addon comment_count {
  input {
    int post_id
  }

  stack {
    db.query comment {
      where = $db.comment.post_id == $input.post_id
      return = {type: "count"}
    }
  }
}
