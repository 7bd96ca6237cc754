// One room per open incident
channel "incidents/{incident_id}" {
  realtime_server = "ops"
  access = {anonymous: false, presence: true}
  publish = {who: "authenticated", direct: false}
  delivery = {guarantee: "at_most_once", per_recipient: false}
  conversation = {active: false, limit: 0, ttl: 0}
  input {
    int incident_id
  }
}
