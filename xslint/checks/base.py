"""What every check module provides and returns.

A check module has a `RULE` (its identity from the catalogue) and one of
`check_file(unit)` (one file at a time) or `check_workspace(workspace)` (all
files together). Both yield `Finding`s; the engine adds the code, and the
run's last step (`finish.py`) the severity, and decides what is reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from xslint.diagnostics import Fix, Found, Related, Span


@dataclass(frozen=True, slots=True)
class Finding:
    path: str
    span: Span
    message: str
    help: str | None = None
    related: tuple[Related, ...] = ()
    fix: Fix | None = None  # the repair, when there is one obvious one


def tagged(code: str, finding: Finding) -> Found:
    """A rule's finding with the rule's code (the severity is the configuration's)."""
    return Found(finding.path, code, finding.message, finding.span, finding.help, finding.related, finding.fix)
