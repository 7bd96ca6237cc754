"""Look-ahead rules: Python rules of the grammar that pick or skip alternatives cheaply.

`primary` and `call_arg` choose their one alternative by the next character
(`Dispatch`); `isolated_item` and `isolated_value` parse with a memo table
of their own and hand the result to the lowering at once (see the hooks);
the `Repeat` rules try a repetition only while its first token is next.
"""

from __future__ import annotations

import re
from collections import defaultdict
from contextvars import ContextVar
from typing import Callable

from parsimonious.expressions import Expression, Regex
from parsimonious.grammar import Grammar
from parsimonious.nodes import Node

from xslint.grammar.fused import new, record_failure


def _by_first_char(table: dict[str, tuple[str, ...]], word: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    rules = dict(table)
    for char in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_":
        rules[char] = word
    return rules


_DIGIT_RULES = {digit: ("timestamp", "number") for digit in "0123456789"}
PRIMARY_RULES = _by_first_char({
    "$": ("variable",), '"': ("string",), "'": ("string",), "`": ("string",),
    "(": ("group",), "{": ("object",), "[": ("array",), "!": ("cast", "not_expr"),
    "-": ("number",), ".": ("spread",), **_DIGIT_RULES,
}, ("identifier",))
ARG_RULES = _by_first_char({
    "$": ("variable",), '"': ("string",), "'": ("string",), "`": ("string",),
    "(": ("group", "empty_parens"), "-": ("number",), **_DIGIT_RULES,
}, ("arg_pair", "arg_word"))
_SPACES = re.compile(r"[ \t]*")
_MISSING = object()


class Dispatch(Expression):
    """`primary` and `call_arg`: try only the alternatives the next character
    allows (`table`), in order; `call_arg` first skips spaces and wraps the
    node it found in one of its own, `primary` passes the node through.

    `primary` alone keeps a packrat memo (see fused.py): a group read again
    as `(c ? a)` after failing as `(c ? a : b)` finds the value after `?` in
    it; without it nested groups would take exponential time.
    """

    __slots__ = ("table", "names", "is_call_arg")

    def __init__(self, name: str, names: dict[str, tuple[str, ...]], is_call_arg: bool = False) -> None:
        super().__init__(name)
        self.names = names
        self.table: dict[str, tuple[Expression, ...]] = {}
        self.is_call_arg = is_call_arg

    def bind(self, grammar: Grammar) -> None:
        self.table = {char: tuple(grammar[rule] for rule in rules) for char, rules in self.names.items()}

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        if self.is_call_arg:
            node = self._call_arg(text, pos, cache, error)
        else:
            memo = cache[id(self)]
            node = memo.get(pos, _MISSING)
            if node is _MISSING:
                node = None
                if pos < len(text):
                    for rule in self.table.get(text[pos], ()):
                        node = rule.match_core(text, pos, cache, error)
                        if node is not None:
                            break
                memo[pos] = node
        if node is None:
            record_failure(self, pos, error)
        return node

    def _call_arg(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        start = _SPACES.match(text, pos).end()  # type: ignore[union-attr]
        if start < len(text):
            for rule in self.table.get(text[start], ()):
                node = rule.match_core(text, start, cache, error)
                if node is not None:
                    return Node(self, text, pos, node.end, [node])
        return None

    def _as_rhs(self) -> str:
        return "{alternatives by the next character}"


# While the parser parses a file for real (not while it re-parses a broken
# item to explain it), each item is handed to this hook as soon as it is
# parsed; the parser lowers it there and returns a childless stand-in, so the
# item's parse nodes are freed at once.
item_hook: ContextVar[Callable[[Node], Node] | None] = ContextVar("item_hook", default=None)
value_hook: ContextVar[Callable[[Node], Node] | None] = ContextVar("value_hook", default=None)
# Likewise, every `expression` is first offered to this hook, which reads a
# plain one and lowers it at once (lowering/direct.py), or declines with None.
expression_hook: ContextVar[Callable[[str, int], Node | None] | None] = ContextVar("expression_hook", default=None)
# And every item to this one, which reads a plain one (an attribute, a section or a
# statement made of plain values) and lowers it at once, or declines with None.
direct_item_hook: ContextVar[Callable[[str, int], Node | None] | None] = ContextVar("direct_item_hook", default=None)


# The alternatives of `strict_item`, one of which `isolated_item` picks.
ITEM_RULES = ("attribute", "section", "statement")
_ATTRIBUTE_AHEAD = re.compile(r"[A-Za-z_]\w*[ \t]*=(?!=)")
_SECTION_AHEAD = re.compile(r"(?:input|schema|output)[ \t]*\{")


def isolated_item(text: str, pos: int, cache: dict, error, grammar) -> Node | None:  # noqa: ANN001
    """`strict_item` with a fresh packrat memo: nothing after an item needs what was
    memoised inside it, and dropping it keeps memory to the size of one item.
    Which of its alternatives can match is plain from the first tokens."""
    direct = direct_item_hook.get()
    if direct is not None and (lowered := direct(text, pos)) is not None:
        return lowered
    attribute, section, statement = ITEM_RULES
    rule = (attribute if _ATTRIBUTE_AHEAD.match(text, pos)
            else section if _SECTION_AHEAD.match(text, pos) else statement)
    node = grammar[rule].match_core(text, pos, defaultdict(dict), error)
    hook = item_hook.get()
    return hook(node) if node is not None and hook is not None else node


def isolated_value(text: str, pos: int, cache: dict, error, grammar) -> Node | None:  # noqa: ANN001
    """An entry of an object or array literal, parsed and lowered like an item:
    a literal of a hundred thousand entries then costs memory for one."""
    node = grammar["expression"].match_core(text, pos, defaultdict(dict), error)
    hook = value_hook.get()
    return hook(node) if node is not None and hook is not None else node


class Repeat(Expression):
    """`rule*` (or `rule?`), trying `rule` only where one of its possible first
    tokens matches: most values are not followed by an operator or a filter,
    and finding that out should cost one regex, not a cascade of rules.
    It never fails: no repetition is a match of nothing."""

    __slots__ = ("rule_name", "first_tokens", "many", "rule", "peek")

    def __init__(self, name: str, rule: str, first_tokens: tuple[str, ...], many: bool = True) -> None:
        super().__init__(name)
        self.rule_name, self.first_tokens, self.many = rule, first_tokens, many

    def bind(self, grammar: Grammar) -> None:
        self.rule = grammar[self.rule_name]
        self.peek = re.compile("|".join(_pattern(grammar[name]) for name in self.first_tokens)).match

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node:  # noqa: ANN001
        # No memo: its rule tries it once per offset (see fused.py).
        start = pos
        children: list[Node] = []
        peek, rule = self.peek, self.rule
        while peek(text, pos):
            node = rule.match_core(text, pos, cache, error)
            if node is None:
                break
            children.append(node)
            pos = node.end
            if not self.many:
                break
        node = new(Node)  # Node(self, text, start, pos, children), see fused.py
        node.expr, node.full_text, node.start, node.end, node.children = self, text, start, pos, children
        return node

    def _as_rhs(self) -> str:
        return f"{{{self.rule_name}{'*' if self.many else '?'} while {' / '.join(self.first_tokens)} is next}}"


def _pattern(token: Expression) -> str:
    """A first token's pattern, for a combined look-ahead."""
    if isinstance(token, Regex):
        return f"(?:{token.re.pattern})"
    return re.escape(token.literal)  # type: ignore[attr-defined]
