// WRONG — these collide (both match the first segment)
query "{workspace_id}" verb=GET { ... }
query "something" verb=GET { ... }

// CORRECT — prefix wildcards with a literal
query "workspace/{workspace_id}" verb=GET { ... }
query "something" verb=GET { ... }
