tool "create_ticket" {
  instructions = "Create a support ticket for the customer."
  input {
    text subject filters=trim { description = "Ticket subject" }
    text description filters=trim { description = "Issue description" }
    enum priority?="medium" {
      description = "Ticket priority"
      values = ["low", "medium", "high", "urgent"]
    }
  }
  stack {
    db.add "ticket" {
      data = {
        subject: $input.subject,
        description: $input.description,
        priority: $input.priority,
        status: "open",
        created_at: now
      }
    } as $ticket
  }
  response = { ticket_id: $ticket.id, message: "Ticket created" }
}
