addon has_premium {
  input {
    int user_id
  }

  stack {
    db.query subscription {
      where = $db.subscription.user_id == $input.user_id && $db.subscription.status == "active" && $db.subscription.expires_at > now
      return = {type: "exists"}
    }
  }
}
