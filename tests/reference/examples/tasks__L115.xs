task "cleanup_temp_files" {
  description = "Delete temporary files older than 24 hours"
  stack {
    var $cutoff { value = now|transform_timestamp:"-24 hours" }

    db.query "temp_file" {
      where = $db.temp_file.created_at < $cutoff
    } as $files

    foreach ($files) {
      each as $file {
        storage.delete_file { pathname = $file.path }
        db.del "temp_file" {
          field_name = "id"
          field_value = $file.id
        }
      }
    }
  }
  schedule = [{starts_on: 2025-01-01 03:00:00+0000, freq: 86400}]
}
