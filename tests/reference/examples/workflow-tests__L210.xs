workflow_test "checkout_flow" {
  tags = ["checkout", "critical", "e2e"]
  stack {
    function.call "create_cart" as $cart
    expect.to_be_defined ($cart)
  }
}
