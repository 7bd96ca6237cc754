"""The one diagnostic type every part of xslint produces and every reporter reads.

Positions are kept as code-point offsets into the file's text; lines and
columns are computed only when a diagnostic is rendered (see `source.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Annotated

from msgspec import Meta

# An offset is a plain int; the annotation only makes the result cache reject
# a negative one when it reads a stored result back (see cache.py).
Offset = Annotated[int, Meta(ge=0)]


class Severity(str, Enum):
    """How serious a finding is; ordered so that `rank` compares them."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range of code-point offsets `[start, end)` in one file."""

    start: Offset
    end: Offset


@dataclass(frozen=True, slots=True)
class Related:
    """Another location that explains a finding (the other duplicate, …)."""

    path: str
    span: Span
    message: str


class Applicability(str, Enum):
    """Whether a fix can be applied without a person looking at it.

    SAFE fixes cannot change what the code means (removing an unused
    suppression, a duplicate identical attribute); UNSAFE ones are a guess
    (the closest known key, the nearest allowed value).
    """

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True, slots=True, order=True)
class Edit:
    """Replace the text at `span` with `text` (an empty span inserts, empty text deletes)."""

    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A repair for one finding: edits in the finding's own file, applied all or none."""

    title: str
    edits: tuple[Edit, ...]
    applicability: Applicability

    @property
    def extent(self) -> Span:
        """From the first edit's start to the last edit's end."""
        return Span(min(e.span.start for e in self.edits), max(e.span.end for e in self.edits))


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding: which rule, where, what is wrong and how to fix it."""

    path: str
    code: str
    message: str
    span: Span
    severity: Severity
    help: str | None = None
    related: tuple[Related, ...] = field(default=())
    fix: Fix | None = None

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.span.start, self.span.end, self.code, self.message)


@dataclass(frozen=True, slots=True)
class Found:
    """A finding with its rule's code, as the file and workspace phases produce it
    and the result cache stores it. How severe it is depends on the configuration,
    so it becomes a `Diagnostic` only once, in the run's last step (`finish.py`)."""

    path: str
    code: str
    message: str
    span: Span
    help: str | None = None
    related: tuple[Related, ...] = field(default=())
    fix: Fix | None = None

    def diagnostic(self, severity: Severity) -> Diagnostic:
        return Diagnostic(self.path, self.code, self.message, self.span, severity, self.help, self.related, self.fix)


@dataclass(frozen=True, slots=True)
class SyntaxProblem:
    """A syntax error as the parser finds it, before it becomes an XS001 diagnostic."""

    span: Span
    message: str
    help: str | None
