workspace "my_project" {
  preferences = {
    internal_docs: true,
    sql_columns: true,
    sql_names: true,
    track_performance: true
  }
}
