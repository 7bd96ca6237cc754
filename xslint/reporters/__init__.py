"""Reporters: pure functions from a lint result to the text a user or a tool reads."""
