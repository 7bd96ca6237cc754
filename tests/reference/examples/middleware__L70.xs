middleware "optional_enrichment" {
  exception_policy = "silent"

  input {
    int user_id
  }

  stack {
    // If this fails, request continues without enrichment
    api.call "external_service" {
      url = "https://api.example.com/enrich/" ~ $input.user_id
    } as $enriched
  }

  response = $enriched
}
