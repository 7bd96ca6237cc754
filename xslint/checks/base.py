"""What every check module provides and returns.

A check module has a `RULE` (its identity from the catalogue) and one of
`check_file(unit)` (one file at a time) or `check_workspace(workspace)` (all
files together). Both yield `Finding`s; the engine adds the code and the
severity and decides what is reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from xslint.diagnostics import Fix, Related, Span


@dataclass(frozen=True, slots=True)
class Finding:
    path: str
    span: Span
    message: str
    help: str | None = None
    related: tuple[Related, ...] = ()
    fix: Fix | None = None  # the repair, when there is one obvious one
