"""`python -m xslint`: the same as the `xslint` command."""

from xslint.cli import entry

entry()
