"""Lowering parsimonious parse trees into the typed syntax tree (`xslint.syntax`)."""
