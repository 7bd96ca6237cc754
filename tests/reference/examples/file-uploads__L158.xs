query upload verb=POST {
  api_group = "FileUploadDemo"
  input {
    text? name? filters=trim
    // MUST be `file?` — only `file` populates `.path` on a multipart upload.
    file? document
  }
  stack {
    precondition ($input.document != null) {
      error_type = "inputerror"
      error = "Provide a file in the `document` field."
    }

    // create_attachment accepts any file type (PDF, HEIC, etc.).
    storage.create_attachment {
      value    = $input.document
      access   = "private"
      filename = $input.document.name
    } as $stored_file

    db.add upload_demo_file {
      data = {
        created_at: "now"
        name      : $input.name
        file      : $stored_file
      }
    } as $rec

    storage.sign_private_url {
      pathname = $rec.file.path
      ttl      = 3600
    } as $signed_url
  }
  response = {
    id        : $rec.id
    name      : $rec.name
    path      : $rec.file.path
    size      : $rec.file.size
    signed_url: $signed_url
  }
}
