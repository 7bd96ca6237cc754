"""Expressions unrolled: each sequence, choice and repetition of the grammar
gets a `match_core` of its own, written out as straight-line code.

The fused expressions (grammar/fused.py) loop over their members and call
each one; a megabyte of source tries well over a million of them, and most
members are tokens or anonymous sequences (`(sep entry)*`, `(ws_binop
operand) / …`). `unroll` writes, for one expression, the code of that loop
for its own members: a token's regex (or a literal's text) is matched in
place rather than through its `match_core`, and an anonymous sequence
member is matched in place too, step by step; anything else is called.

The code is the fused loops written out: members are tried in the same
order at the same offsets, the same nodes are built (the inlined ones as
`Token`, `Keyword` and `FusedSequence` build them) and the same failures
recorded in the same order, so it parses exactly as before;
tests/test_parser_engine.py compares the result with parsimonious' own
expressions.
"""

from __future__ import annotations

from typing import Any, Callable

from parsimonious.expressions import Expression
from parsimonious.nodes import Node, RegexNode

from xslint.grammar.fused import (
    NO_CHILDREN, FusedOneOf, FusedQuantifier, FusedSequence, Keyword, Token, new, record_failure,
)

_UNNAMED = ' and getattr(error.expr, "name", None) is None'


class _Writer:
    """Generated code for one expression: its lines and the objects they name."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.namespace: dict[str, Any] = {
            "new": new, "Node": Node, "RegexNode": RegexNode, "NO_CHILDREN": NO_CHILDREN,
            "record_failure": record_failure,
        }
        self.count = 0

    def name(self, value: object) -> str:
        """A fresh global name for `value` in the generated code."""
        self.count += 1
        name = f"g{self.count}"
        self.namespace[name] = value
        return name

    def var(self) -> str:
        self.count += 1
        return f"v{self.count}"

    def add(self, indent: int, text: str) -> None:
        self.lines.extend(" " * (4 * indent) + line for line in text.splitlines())

    def token(self, member: Expression, at: str, into: str, indent: int, on_fail: list[str]) -> None:
        """Match a token at `at` into node `into`; on failing, record it, then `on_fail`."""
        expr = self.name(member)
        unnamed = "" if member.name else _UNNAMED
        failing = [f"if {at} >= error.pos{unnamed}:", f"    error.expr = {expr}", f"    error.pos = {at}"]
        if type(member) is Token:
            match = self.name(member.re.match)  # type: ignore[attr-defined]
            self.add(indent, f"match = {match}(text, {at})\nif match is None:")
            self.add(indent + 1, "\n".join(failing + on_fail))
            self.add(indent, f"{into} = new(RegexNode)\n"
                             f"{into}.expr, {into}.full_text, {into}.start, {into}.end, {into}.children = "
                             f"{expr}, text, {at}, match.end(), NO_CHILDREN\n{into}.match = match")
        else:
            literal = self.name(member.literal)  # type: ignore[attr-defined]
            self.add(indent, f"if not text.startswith({literal}, {at}):")
            self.add(indent + 1, "\n".join(failing + on_fail))
            self.add(indent, f"{into} = new(Node)\n"
                             f"{into}.expr, {into}.full_text, {into}.start, {into}.end, {into}.children = "
                             f"{expr}, text, {at}, {at} + {len(member.literal)}, []")  # type: ignore[attr-defined]

    def member(self, member: Expression, at: str, into: str, indent: int, on_fail: list[str]) -> None:
        """Match any member at `at` into node `into`; on failing, `on_fail` (after its own records)."""
        if type(member) in (Token, Keyword):
            self.token(member, at, into, indent, on_fail)
        elif _inlined(member):
            self.sequence(member, at, into, indent, on_fail)
        else:
            self.add(indent, f"{into} = {self.name(member)}.match_core(text, {at}, cache, error)\n"
                             f"if {into} is None:")
            self.add(indent + 1, "\n".join(on_fail))

    def sequence(self, sequence: Expression, start: str, into: str, indent: int, on_fail: list[str]) -> None:
        """A sequence's members in turn from `start`, its node into `into`."""
        expr = "self" if start == "pos" and into == "node" else self.name(sequence)
        failed = [f"record_failure({expr}, {start}, error)", *on_fail]
        at = self.var()
        self.add(indent, f"{at} = {start}")
        children = []
        for member in sequence.members:  # type: ignore[attr-defined]
            child = self.var()
            self.member(member, at, child, indent, failed)
            self.add(indent, f"{at} = {child}.end")
            children.append(child)
        self.add(indent, f"{into} = new(Node)\n"
                         f"{into}.expr, {into}.full_text, {into}.start, {into}.end, {into}.children = "
                         f"{expr}, text, {start}, {at}, [{', '.join(children)}]")

    def function(self, expression: Expression) -> Callable[..., Node | None]:
        source = "def match_core(self, text, pos, cache, error):\n" + "\n".join(self.lines) + "\n"
        # Named after the expression, for profiles and tracebacks.
        code = compile(source, f"<unrolled {expression.name or expression.as_rule()}>", "exec")
        exec(code, self.namespace)  # noqa: S102  # generated from the grammar's own expressions
        return self.namespace["match_core"]  # type: ignore[no-any-return]


def _sequence_match(sequence: FusedSequence) -> Callable[..., Node | None]:
    writer = _Writer()
    writer.sequence(sequence, "pos", "node", 1, ["return None"])
    writer.add(1, "return node")
    return writer.function(sequence)


def _choice_match(choice: FusedOneOf) -> Callable[..., Node | None]:
    """`a / b / c`: each alternative in turn, the first match wrapped."""
    writer = _Writer()
    found = ("node = new(Node)\n"
             "node.expr, node.full_text, node.start, node.end, node.children = self, text, pos, child.end, [child]\n"
             "return node")
    for member in choice.members:
        if _inlined(member) or type(member) in (Token, Keyword):  # `break` leaves the alternative
            writer.add(1, "while True:")
            writer.member(member, "pos", "child", 2, ["break"])
            writer.add(2, found)
        else:
            writer.member(member, "pos", "child", 1, ["pass"])
            writer.add(1, "else:")
            writer.add(2, found)
    writer.add(1, "record_failure(self, pos, error)\nreturn None")
    return writer.function(choice)


def _repeat_match(repeat: FusedQuantifier) -> Callable[..., Node | None]:
    """`a*`, `a+`, `a?`: as FusedQuantifier.match_core, with its member written out."""
    writer = _Writer()
    least, most = repeat.min, writer.name(repeat.max)  # the most may be infinite
    writer.add(1, f"children = []\nend = pos\nsize = len(text)\nwhile end < size and len(children) < {most}:")
    writer.member(repeat.members[0], "end", "child", 2, ["break"])
    writer.add(2, f"children.append(child)\nif child.end == end and len(children) >= {least}:\n    break\n"
                  "end = child.end")
    writer.add(1, f"if len(children) >= {least}:\n"
                  "    node = new(Node)\n"
                  "    node.expr, node.full_text, node.start, node.end, node.children = self, text, pos, end, children\n"
                  "    return node\n"
                  "record_failure(self, pos, error)\nreturn None")
    return writer.function(repeat)


# The classes `unroll` writes code for, and the code's writer.
_WRITERS: dict[type, Callable[[Any], Callable[..., Node | None]]] = {
    FusedSequence: _sequence_match, FusedOneOf: _choice_match, FusedQuantifier: _repeat_match,
}


def _inlined(member: Expression) -> bool:
    """Whether a member is written out in place: an anonymous sequence, fused
    (or already unrolled), not one of the shortcuts."""
    kind = type(member)
    return (not member.name and isinstance(member, FusedSequence)
            and (kind is FusedSequence or getattr(kind, "unrolled", False)))


def unroll(expression: Expression) -> None:
    """Give an expression of a compiled (and fused) grammar its unrolled `match_core`, in place.

    Run once every token is final (recompiled and fused), since the code
    holds on to their regexes."""
    base = type(expression)
    write = _WRITERS.get(base)
    if write is not None:
        expression.__class__ = type(base.__name__, (base,), {
            "__slots__": (), "match_core": write(expression), "unrolled": True})
