"""The XanoScript grammar, compiled once per process.

The grammar text lives in `xanoscript.peg`; the two recovery rules are Python
because "skip one broken item, braces balanced" is not a regular language.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from parsimonious.grammar import Grammar

# What the recovery scan has to see: strings and comments (whose brackets do
# not count), brackets, and line ends.
SCAN = re.compile(
    r'"""[\s\S]*?(?:"""|\Z)|\'\'\'[\s\S]*?(?:\'\'\'|\Z)|"(?:[^"\\\r\n]|\\.)*"?'
    r"|'(?:[^'\\\r\n]|\\.)*'?|//[^\r\n]*|[{}()\[\]\n]"
)
_OPENERS = "{(["

# The definition keywords, as the grammar's `def_kind` rule lists them.
DEFINITION_KINDS = frozenset({
    "workspace", "workspace_trigger", "branch", "table", "table_trigger", "api_group",
    "query", "function", "task", "addon", "middleware", "agent", "agent_trigger", "tool",
    "mcp_server", "mcp_server_trigger", "workflow_test", "realtime_channel",
    "realtime_trigger", "run.job", "run.service",
})


def skip_broken(text: str, pos: int, top_level: bool) -> int | None:
    """End of the broken item that starts at `pos`, or None if none starts there.

    The item runs to the end of its line, or, when it opened brackets, to the
    line on which they close. A `}` that closes the enclosing block ends it,
    except at the top level, where a stray `}` is itself the broken item.
    """
    if pos >= len(text) or (text[pos] == "}" and not top_level):
        return None
    depth = 0
    for match in SCAN.finditer(text, pos):
        token = match.group()
        if token == "\n":
            if depth == 0:
                return _at_least_one(match.start(), pos)
        elif token in _OPENERS:
            depth += 1
        elif token in ")]":
            depth = max(depth - 1, 0)
        elif token == "}":
            if depth == 0:
                return match.end() if top_level and match.start() == pos else _at_least_one(match.start(), pos)
            depth -= 1
    return len(text)


def _at_least_one(end: int, pos: int) -> int | None:
    # An empty skip would let the surrounding repetition stop without progress.
    return end if end > pos else None


def _junk(text: str, pos: int) -> int | None:
    return skip_broken(text, pos, top_level=False)


def _top_junk(text: str, pos: int) -> int | None:
    return skip_broken(text, pos, top_level=True)


def _eof(text: str, pos: int) -> int | None:
    """Matches only at the end of the text: a block left open there still closes."""
    return pos if pos == len(text) else None


@cache
def grammar() -> Grammar:
    """The compiled grammar; compiling is the expensive part, so do it once."""
    source = files(__package__).joinpath("xanoscript.peg").read_text(encoding="utf-8")
    return Grammar(source, junk=_junk, top_junk=_top_junk, eof=_eof)
