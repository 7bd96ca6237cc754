"""One pass of fixes over one file's text.

Fixes whose regions overlap cannot be applied together: the first (by
position, then by title for a total order) wins and the others wait for
the next pass, when they are found again against the changed text, if they
still apply.
"""

from __future__ import annotations

from dataclasses import dataclass

from xslint.diagnostics import Fix, Span


@dataclass(frozen=True)
class Pass:
    """The text after one pass, the fixes applied in it and those left for later."""

    text: str
    applied: tuple[Fix, ...]
    deferred: tuple[Fix, ...]


def apply_pass(text: str, fixes: list[Fix]) -> Pass:
    """Apply every fix that does not overlap one taken before it."""
    taken: list[Fix] = []
    deferred: list[Fix] = []
    for fix in sorted(set(fixes), key=_order):
        if _fits(fix, text) and not any(_overlap(fix.extent, other.extent) for other in taken):
            taken.append(fix)
        else:
            deferred.append(fix)
    return Pass(apply_edits(text, taken), tuple(taken), tuple(deferred))


def apply_edits(text: str, fixes: list[Fix]) -> str:
    """The text with every edit of `fixes` applied (they must not overlap)."""
    edits = sorted((edit for fix in fixes for edit in fix.edits), key=lambda e: (e.span.start, e.span.end))
    pieces: list[str] = []
    cursor = 0
    for edit in edits:
        pieces.append(text[cursor:edit.span.start])
        pieces.append(edit.text)
        cursor = edit.span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _order(fix: Fix) -> tuple[int, int, str]:
    extent = fix.extent
    return (extent.start, extent.end, fix.title)


def _fits(fix: Fix, text: str) -> bool:
    """Edits inside the text and not overlapping each other (a bug otherwise; skip it)."""
    spans = sorted(edit.span for edit in fix.edits)
    inside = all(0 <= s.start <= s.end <= len(text) for s in spans)
    return inside and all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def _overlap(a: Span, b: Span) -> bool:
    """Regions that share text, or two insertions at one place (their order would be a guess)."""
    if a.start == a.end == b.start == b.end:
        return True
    return a.start < b.end and b.start < a.end
