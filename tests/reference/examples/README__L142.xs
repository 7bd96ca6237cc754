// Example
function empty {
  input {
    // Example
    text test
  }

  stack {
    // Example
    var $x1 {
      value = ""
    }
  }

  response = $x1
}
