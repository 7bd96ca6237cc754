"""Look-ahead rules: Python rules of the grammar that pick or skip alternatives cheaply.

`primary` and `call_arg` choose their one alternative by the next character;
`isolated_item` and `isolated_value` parse with a memo table of their own
and hand the result to the lowering at once (see the hooks); the `repeat`
rules try a repetition only while its first token is next.
"""

from __future__ import annotations

import re
from collections import defaultdict
from contextvars import ContextVar
from typing import Callable

from parsimonious.expressions import Expression, Regex
from parsimonious.nodes import Node


def _by_first_char(table: dict[str, tuple[str, ...]], word: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    rules = dict(table)
    for char in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_":
        rules[char] = word
    return rules


_DIGIT_RULES = {digit: ("timestamp", "number") for digit in "0123456789"}
_PRIMARY_RULES = _by_first_char({
    "$": ("variable",), '"': ("string",), "'": ("string",), "`": ("string",),
    "(": ("group",), "{": ("object",), "[": ("array",), "!": ("cast", "not_expr"),
    "-": ("number",), ".": ("spread",), **_DIGIT_RULES,
}, ("identifier",))
_ARG_RULES = _by_first_char({
    "$": ("variable",), '"': ("string",), "'": ("string",), "`": ("string",),
    "(": ("group", "empty_parens"), "-": ("number",), **_DIGIT_RULES,
}, ("arg_pair", "arg_word"))
_SPACES = re.compile(r"[ \t]*")


def _first_match(rules: tuple[str, ...], text: str, pos: int, cache: dict, error, grammar) -> Node | None:  # noqa: ANN001
    for rule in rules:
        node = grammar[rule].match_core(text, pos, cache, error)
        if node is not None:
            return node
    return None


def primary(text: str, pos: int, cache: dict, error, grammar) -> Node | None:  # noqa: ANN001
    """An operand: the one alternative its first character allows (the node passes through)."""
    if pos >= len(text):
        return None
    return _first_match(_PRIMARY_RULES.get(text[pos], ()), text, pos, cache, error, grammar)


def call_arg(text: str, pos: int, cache: dict, error, grammar):  # noqa: ANN001, ANN202
    """One statement argument after optional spaces: `"t"`, `$x`, `(cond)`, `name`, `verb=GET`."""
    spaces = _SPACES.match(text, pos)
    start = spaces.end() if spaces else pos  # `[ \t]*` always matches; the test is for the type
    if start >= len(text):
        return None
    node = _first_match(_ARG_RULES.get(text[start], ()), text, start, cache, error, grammar)
    return None if node is None else (node.end, [node])


# While the parser parses a file for real (not while it re-parses a broken
# item to explain it), each item is handed to this hook as soon as it is
# parsed; the parser lowers it there and returns a childless stand-in, so the
# item's parse nodes are freed at once.
item_hook: ContextVar[Callable[[Node], Node] | None] = ContextVar("item_hook", default=None)
value_hook: ContextVar[Callable[[Node], Node] | None] = ContextVar("value_hook", default=None)


_ATTRIBUTE_AHEAD = re.compile(r"[A-Za-z_]\w*[ \t]*=(?!=)")
_SECTION_AHEAD = re.compile(r"(?:input|schema|output)[ \t]*\{")


def isolated_item(text: str, pos: int, cache: dict, error, grammar) -> Node | None:  # noqa: ANN001
    """`strict_item` with a fresh packrat memo: nothing after an item needs what was
    memoised inside it, and dropping it keeps memory to the size of one item.
    Which of its alternatives can match is plain from the first tokens."""
    rule = ("attribute" if _ATTRIBUTE_AHEAD.match(text, pos)
            else "section" if _SECTION_AHEAD.match(text, pos) else "statement")
    node = grammar[rule].match_core(text, pos, defaultdict(dict), error)
    hook = item_hook.get()
    return hook(node) if node is not None and hook is not None else node


def isolated_value(text: str, pos: int, cache: dict, error, grammar) -> Node | None:  # noqa: ANN001
    """An entry of an object or array literal, parsed and lowered like an item:
    a literal of a hundred thousand entries then costs memory for one."""
    node = grammar["expression"].match_core(text, pos, defaultdict(dict), error)
    hook = value_hook.get()
    return hook(node) if node is not None and hook is not None else node


def repeat(rule: str, first_tokens: tuple[str, ...], many: bool = True) -> Callable:
    """`rule*` (or `rule?`), trying `rule` only where one of its possible first
    tokens matches: most values are not followed by an operator or a filter,
    and finding that out should cost one regex, not a cascade of rules."""
    ahead: list[re.Pattern] = []

    def repeated(text: str, pos: int, cache: dict, error, grammar):  # noqa: ANN001, ANN202
        if not ahead:
            ahead.append(re.compile("|".join(_pattern(grammar[name]) for name in first_tokens)))
        peek = ahead[0].match
        expression = grammar[rule]
        children: list[Node] = []
        while peek(text, pos):
            node = expression.match_core(text, pos, cache, error)
            if node is None:
                break
            children.append(node)
            pos = node.end
            if not many:
                break
        return pos, children

    repeated.__name__ = f"{rule}_{'repeated' if many else 'optional'}"
    return repeated


def _pattern(token: Expression) -> str:
    """A first token's pattern, for a combined look-ahead."""
    if isinstance(token, Regex):
        return f"(?:{token.re.pattern})"
    return re.escape(token.literal)  # type: ignore[attr-defined]
