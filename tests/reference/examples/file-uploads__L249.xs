table upload_demo_file {
  auth = false
  schema {
    int id
    timestamp created_at?=now
    text? name? filters=trim
    // File metadata from storage.create_attachment / storage.create_image.
    attachment? file?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
  ]
}
