query "rooms/{room_id}/members" verb=POST {
  api_group = "chat"
  description = "Add a user to a room; only the room owner may do this"
  auth = "user"

  input {
    int room_id {
      table = "room"
    }
    int user_id {
      table = "user"
    }
  }

  stack {
    db.get "room" {
      field_name = "id"
      field_value = $input.room_id
    } as $room

    precondition ($room != null) {
      error_type = "notfound"
      error = "Room not found"
    }

    precondition ($room.owner_id == $auth.id) {
      error_type = "accessdenied"
      error = "Only the room owner can add members"
    }

    db.query "room_member" {
      where = $db.room_member.room_id == $input.room_id && $db.room_member.user_id == $input.user_id
      return = {type: "exists"}
    } as $already_member

    precondition (!$already_member) {
      error_type = "inputerror"
      error = "User is already a member of this room"
    }

    db.add "room_member" {
      data = {
        room_id: $input.room_id,
        user_id: $input.user_id,
        role: "member",
        joined_at: now
      }
    } as $membership

    api.realtime_event {
      channel = "room:" ~ $input.room_id
      event = "member_added"
      data = {
        user_id: $input.user_id,
        added_by: $auth.id
      }
    }

    function.run "notify/user" {
      input = {
        user_id: $input.user_id,
        title: "You were added to " ~ $room.name,
        room_id: $input.room_id
      }
    } as $notified

    function.run "activity/log" {
      input = {
        tenant_id: $room.tenant_id,
        action: "member_added",
        actor_id: $auth.id,
        room_id: $input.room_id
      }
    } as $logged
  }

  response = {membership_id: $membership.id, notified: $notified.delivered}
}
