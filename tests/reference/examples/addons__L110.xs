addon recent_comments {
  input {
    int post_id
    int limit?=5
  }

  stack {
    db.query comment {
      where = $db.comment.post_id == $input.post_id
      sort = {created_at: "desc"}
      return = {
        type: "list",
        paging: {per_page: $input.limit}
      }
    }
  }
}
