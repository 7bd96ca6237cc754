"""The XanoScript grammar, compiled once per process.

The grammar text lives in `xanoscript.peg`. A few rules are Python: the
recovery rules, because "skip one broken item, braces balanced" is not a
regular language, and `primary`/`call_arg`, which choose their alternative by
the next character instead of trying each in turn (the parser's hot path).
"""

from __future__ import annotations

import re
from collections import defaultdict
from contextvars import ContextVar
from functools import cache
from typing import Callable
from importlib.resources import files

from parsimonious.expressions import Compound, Expression, Regex
from parsimonious.grammar import Grammar
from parsimonious.nodes import Node

# What the recovery scan has to see: strings and comments (whose brackets do
# not count), brackets, and line ends.
SCAN = re.compile(
    r'"""[\s\S]*?(?:"""|\Z)|\'\'\'[\s\S]*?(?:\'\'\'|\Z)|"(?:[^"\\\r\n]|\\.)*"?'
    r"|'(?:[^'\\\r\n]|\\.)*'?|//[^\r\n]*|[{}()\[\]\n]"
)
_OPENERS = "{(["
_PARTNER = {")": "(", "]": "["}

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


def _junk(text: str, pos: int) -> int | None:
    return skip_broken(text, pos, top_level=False)


def _top_junk(text: str, pos: int) -> int | None:
    return skip_broken(text, pos, top_level=True)


def _eof(text: str, pos: int) -> int | None:
    """Matches only at the end of the text: a block left open there still closes."""
    return pos if pos == len(text) else None


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
    "(": ("group",), "-": ("number",), **_DIGIT_RULES,
}, ("arg_pair", "arg_word"))
_SPACES = re.compile(r"[ \t]*")


def _first_match(rules: tuple[str, ...], text: str, pos: int, cache: dict, error, grammar) -> Node | None:  # noqa: ANN001
    for rule in rules:
        node = grammar[rule].match_core(text, pos, cache, error)
        if node is not None:
            return node
    return None


def _primary(text: str, pos: int, cache: dict, error, grammar) -> Node | None:  # noqa: ANN001
    """An operand: the one alternative its first character allows (the node passes through)."""
    if pos >= len(text):
        return None
    return _first_match(_PRIMARY_RULES.get(text[pos], ()), text, pos, cache, error, grammar)


def _call_arg(text: str, pos: int, cache: dict, error, grammar):  # noqa: ANN001, ANN202
    """One statement argument after optional spaces: `"t"`, `$x`, `(cond)`, `name`, `verb=GET`."""
    start = _SPACES.match(text, pos).end()
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


def _isolated_item(text: str, pos: int, cache: dict, error, grammar) -> Node | None:  # noqa: ANN001
    """`strict_item` with a fresh packrat memo: nothing after an item needs what was
    memoised inside it, and dropping it keeps memory to the size of one item.
    Which of its alternatives can match is plain from the first tokens."""
    rule = ("attribute" if _ATTRIBUTE_AHEAD.match(text, pos)
            else "section" if _SECTION_AHEAD.match(text, pos) else "statement")
    node = grammar[rule].match_core(text, pos, defaultdict(dict), error)
    hook = item_hook.get()
    return hook(node) if node is not None and hook is not None else node


def _isolated_value(text: str, pos: int, cache: dict, error, grammar) -> Node | None:  # noqa: ANN001
    """An entry of an object or array literal, parsed and lowered like an item:
    a literal of a hundred thousand entries then costs memory for one."""
    node = grammar["expression"].match_core(text, pos, defaultdict(dict), error)
    hook = value_hook.get()
    return hook(node) if node is not None and hook is not None else node


def _repeat(rule: str, first_tokens: tuple[str, ...], many: bool = True) -> Callable:
    """`rule*` (or `rule?`), trying `rule` only where one of its possible first
    tokens matches: most values are not followed by an operator or a filter,
    and finding that out should cost one regex, not a cascade of rules."""
    ahead: list[re.Pattern] = []

    def repeat(text: str, pos: int, cache: dict, error, grammar):  # noqa: ANN001, ANN202
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

    repeat.__name__ = f"{rule}_{'repeated' if many else 'optional'}"
    return repeat


def _pattern(token: Expression) -> str:
    """A first token's pattern, for a combined look-ahead."""
    if isinstance(token, Regex):
        return f"(?:{token.re.pattern})"
    return re.escape(token.literal)  # type: ignore[attr-defined]


def _use_stdlib_re(rules: Grammar) -> None:
    """Recompile every token with the standard `re` module.

    parsimonious prefers the third-party `regex` module when it is installed,
    and `regex` pays time proportional to the whole text on every match at an
    offset, which makes parsing quadratic in the file size. The patterns use
    only syntax both modules share.
    """
    seen: set[int] = set()
    pending: list[Expression] = list(rules.values())
    while pending:
        expression = pending.pop()
        if id(expression) in seen:
            continue
        seen.add(id(expression))
        if isinstance(expression, Regex):
            expression.re = re.compile(expression.re.pattern)
        elif isinstance(expression, Compound):
            pending.extend(expression.members)


@cache
def grammar() -> Grammar:
    """The compiled grammar; compiling is the expensive part, so do it once."""
    source = files(__package__).joinpath("xanoscript.peg").read_text(encoding="utf-8")
    rules = Grammar(source, junk=_junk, top_junk=_top_junk, eof=_eof,
                    primary=_primary, call_arg=_call_arg, isolated_item=_isolated_item,
                    isolated_value=_isolated_value,
                    tails=_repeat("tail", ("ws_binop", "ws_between")),
                    filters=_repeat("filter", ("filter_head",)),
                    ternary_opt=_repeat("ternary", ("ws_question",), many=False),
                    indexes=_repeat("index", ("lbracket",)),
                    alias_opt=_repeat("alias", ("as_kw",), many=False))
    _use_stdlib_re(rules)
    return rules
