"""What the file phase keeps of one file, and the bugs met on the way.

Apart from `analyze.py` (which makes them) so that a run whose files all come
from the cache reads results without importing the parser or the file checks.
"""

from __future__ import annotations

from dataclasses import dataclass

from xslint import suppressions
from xslint.diagnostics import Found
from xslint.facts import FileFacts


@dataclass(frozen=True)
class InternalError:
    """A bug met while checking: which rule (or "parser"), which file, what went wrong."""

    rule: str
    path: str
    error: str


@dataclass(frozen=True)
class FileResult:
    """What the run keeps of one file: its findings (before the configuration is
    applied), its facts for the workspace rules, its suppression comments."""

    path: str
    found: tuple[Found, ...] = ()
    facts: FileFacts = FileFacts()
    suppressions: tuple[suppressions.Suppression, ...] = ()
    errors: tuple[InternalError, ...] = ()
