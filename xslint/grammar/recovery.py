"""Recovery rules: how the parser steps over a broken item (Python rules of the grammar).

"Skip one broken item, with its brackets balanced" is not a regular
language, so these are functions parsimonious calls like rules.
"""

from __future__ import annotations

import re

# Strings and comments, whose brackets do not count. A quoted string may run
# over lines, as the grammar's `string` does; one never closed ends with its
# line (a triple-quoted one, with the text). A `/* … */` comment is not
# XanoScript, but one broken item, to be reported once.
STRINGS_AND_COMMENTS = (
    r'"""[\s\S]*?(?:"""|\Z)|\'\'\'[\s\S]*?(?:\'\'\'|\Z)|"(?:[^"\\]|\\.)*"|"(?:[^"\\\r\n]|\\.)*'
    r"|'(?:[^'\\]|\\.)*'|'(?:[^'\\\r\n]|\\.)*|//[^\r\n]*|/\*[\s\S]*?(?:\*/|\Z)"
)
# What the recovery scan has to see: strings and comments, brackets, and line ends.
SCAN = re.compile(STRINGS_AND_COMMENTS + r"|[{}()\[\]\n]")
# For the parser's scan of comments and nesting depth, which needs no line
# ends (and when the text holds too few brackets to nest too deep, no
# brackets either): fewer matches to step through.
BRACKETS = re.compile(STRINGS_AND_COMMENTS + r"|[{}()\[\]]")
COMMENTS = re.compile(STRINGS_AND_COMMENTS)
_OPENERS = "{(["
_PARTNER = {")": "(", "]": "["}


def skip_broken(text: str, pos: int, top_level: bool) -> int | None:
    """End of the broken item that starts at `pos`, or None if none starts there.

    The item runs to the end of its line, or, when it opened brackets, to the
    line on which they close. A `}` that no `{` of the item opened closes the
    enclosing block and so ends the item, except at the top level, where a
    stray `}` is itself the broken item.
    """
    if pos >= len(text) or (text[pos] == "}" and not top_level):
        return None
    opened: list[str] = []
    for match in SCAN.finditer(text, pos):
        token = match.group()
        if token == "\n":
            if not opened:
                return _at_least_one(match.start(), pos)
        elif token in _OPENERS:
            opened.append(token)
        elif token in ")]":
            if opened and opened[-1] == _PARTNER[token]:
                opened.pop()
        elif token == "}":
            if "{" not in opened:
                return match.end() if top_level and match.start() == pos else _at_least_one(match.start(), pos)
            while opened.pop() != "{":
                pass
    return len(text)


def _at_least_one(end: int, pos: int) -> int | None:
    # An empty skip would let the surrounding repetition stop without progress.
    return end if end > pos else None


def junk(text: str, pos: int) -> int | None:
    return skip_broken(text, pos, top_level=False)


def top_junk(text: str, pos: int) -> int | None:
    return skip_broken(text, pos, top_level=True)


def eof(text: str, pos: int) -> int | None:
    """Matches only at the end of the text: a block left open there still closes."""
    return pos if pos == len(text) else None
