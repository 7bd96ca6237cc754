workspace "my_project" {
  realtime = {
    canonical: "my-project"
  }
}
