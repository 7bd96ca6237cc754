// Wrong - $env not allowed in input blocks
// run.job "my_job" { input { text api_key = $env.API_KEY } }

// Correct - access $env in the stack instead
run.job "my_job" {
  stack {
    var $api_key { value = $env.API_KEY }
  }
}
