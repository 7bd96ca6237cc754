query "export_data" {
  input {
    int[] user_ids
  }
  stack {
    // Fetch data
    db.query "user" {
      where = $db.user.id in $input.user_ids
    } as $users

    db.query "order" {
      where = $db.order.user_id in $input.user_ids
    } as $orders

    // Create archive
    zip.create_archive {
      filename = "user_export_" ~ now|format_timestamp:"Y-m-d" ~ ".zip"
    } as $archive

    zip.add_to_archive {
      archive = $archive
      files = [
        { path: "users.json", content: $users|json_encode },
        { path: "orders.json", content: $orders|json_encode },
        { path: "manifest.json", content: {
          exported_at: now,
          user_count: $users|count,
          order_count: $orders|count
        }|json_encode }
      ]
    }

    storage.create_file_resource {
      filename = "export.zip"
      filedata = $archive
    } as $resource

    // create_file_resource is not directly servable — store it to get a vault path.
    storage.create_attachment {
      value    = $resource
      access   = "private"
      filename = "export.zip"
    } as $download

    storage.sign_private_url {
      pathname = $download.path
      ttl      = 600
    } as $download_url
  }
  response = { download_url: $download_url }
}
