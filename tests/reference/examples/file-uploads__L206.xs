query upload_many verb=POST {
  api_group = "FileUploadDemo"
  input {
    text item_id
    file[]? photos?
  }
  stack {
    var $created { value = [] }
    conditional {
      if ($input.photos != null && ($input.photos|count) > 0) {
        foreach ($input.photos) {
          each as $file {
            storage.create_attachment {
              value    = $file
              access   = "private"
              filename = $file.name
            } as $stored_file
            db.add item_photo {
              data = {
                item_id: $input.item_id
                file   : $stored_file
              }
            } as $new_photo
            var.update $created {
              value = $created|push:{ id: $new_photo.id, path: $new_photo.file.path }
            }
          }
        }
      }
    }
  }
  response = {
    count  : $created|count
    created: $created
  }
}
