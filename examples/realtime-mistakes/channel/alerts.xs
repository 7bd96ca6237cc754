// Server-only announcements to every operator
channel alerts {
  realtime_server = "ops"
  access = {anonymous: false, presence: false}
  publish = {who: "nobody", direct: false}
  delivery = {guarantee: "at_least_once", per_recipient: false}
  conversation = {active: false, limit: 0, ttl: 0}
  input {
  }
}
