// WRONG: run.job "my_job" { input { text api_key = $env.API_KEY } }
// RIGHT — access $env in the stack:
run.job "my_job" { stack { var $api_key { value = $env.API_KEY } } }
