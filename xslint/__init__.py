"""xslint: a static linter and validator for XanoScript workspaces."""

__version__ = "0.1.0"
