function "import_large_csv" {
  input { file csv_file }
  stack {
    var $processed { value = 0 }
    var $errors { value = [] }

    stream.from_csv {
      value = $input.csv_file
      separator = ","
      enclosure = '"'
      escape_char = '"'
    } as $stream

    foreach ($stream) {
      each as $row {
        try_catch {
          try {
            db.add "record" {
              data = {
                name: $row.name|trim,
                email: $row.email|trim|to_lower,
                created_at: now
              }
            }
            math.add $processed { value = 1 }
          }
          catch {
            var.update $errors {
              value = $errors|push:{ row: $processed, error: $error.message }
            }
          }
        }
      }
    }
  }
  response = { processed: $processed, errors: $errors }
}
