"""What kind of block encloses an offset: used to word "expected …" messages.

A cheap bracket scan (strings and comments skipped) finds the innermost open
`{` before the offset and classifies it by what opened it.
"""

from __future__ import annotations

import re

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
    stack: list[tuple[str, int]] = []
    for match in SCAN.finditer(text, 0, pos):
        token = match.group()
        if token in "{([":
            stack.append((token, match.start()))
        elif token in "})]" and stack:
            stack.pop()
    braces = [start for kind, start in stack if kind == "{"]
    return braces[-1] if braces else None
