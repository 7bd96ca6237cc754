"""What kind of block encloses an offset: used to word "expected …" messages.

A cheap bracket scan (strings and comments skipped) finds the innermost open
`{` before the offset and classifies it by what opened it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from xslint.grammar import DEFINITION_KINDS, SCAN

_STATEMENT_BLOCKS = frozenset({
    "stack", "if", "elseif", "else", "each", "try", "catch", "finally", "case", "default",
    "conditional", "foreach", "for", "while", "try_catch", "switch",
})
_FIELD_BLOCKS = frozenset({"input", "schema"})
_OWNER = re.compile(r"[ \t}]*!?([A-Za-z_][\w.]*)")
_VALUE_BEFORE = re.compile(r"(?:[=:,(\[{?]|\|\|)[ \t\r\n]*$")


def enclosing_kind(text: str, pos: int) -> str:
    """A phrase for what may start at `pos`: "a clause", "a statement", …"""
    opener = _innermost_brace(text, pos)
    if opener is None:
        return "a definition keyword"
    if _VALUE_BEFORE.search(text, max(0, opener - 40), opener):
        return "an object key"
    line_start = text.rfind("\n", 0, opener) + 1
    owner = _OWNER.match(text, line_start)
    word = owner.group(1) if owner else ""
    if word in DEFINITION_KINDS:
        return "a clause name"
    if word in _STATEMENT_BLOCKS:
        return "a statement"
    if word in _FIELD_BLOCKS:
        return "a field"
    return "an attribute"


def _innermost_brace(text: str, pos: int) -> int | None:
    starts, innermost = _bracket_index(text)
    before = bisect_left(starts, pos) - 1  # the last bracket before `pos`
    return innermost[before] if before >= 0 and innermost[before] >= 0 else None


@lru_cache(maxsize=4)
def _bracket_index(text: str) -> tuple[list[int], list[int]]:
    """Each bracket of `text` (outside strings and comments), by offset, and the innermost
    `{` open just after it (-1: none). Built once per text: a file can have thousands of
    syntax errors, and scanning from the start for each made that quadratic."""
    starts: list[int] = []
    innermost: list[int] = []
    open_: list[int] = []  # per open bracket, the innermost `{` open with it
    for match in SCAN.finditer(text):
        token = match.group()
        if token in ("{", "(", "["):
            open_.append(match.start() if token == "{" else (open_[-1] if open_ else -1))
        elif token in ("}", ")", "]"):
            if open_:
                open_.pop()
        else:
            continue
        starts.append(match.start())
        innermost.append(open_[-1] if open_ else -1)
    return starts, innermost
