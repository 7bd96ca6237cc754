"""Lowering expression parse trees into `syntax` expression nodes.

The grammar reads `a op b op c` as a flat list; precedence is applied here,
by precedence climbing over that list, which keeps the grammar small and fast.
"""

from __future__ import annotations

import re
from typing import Callable

from parsimonious.nodes import Node

from xslint.diagnostics import Span
from xslint.lowering.literals import number_literal, string_literal
from xslint.lowering.tree import first, named, only, span, token
from xslint.syntax import (
    ArrayLit, Between, Binary, BoolLit, Cast, Expr, Filter, Filtered, Group, Identifier,
    Index, Member, Name, Section, NowLit, NullLit, ObjectEntry, ObjectLit, Spread, Ternary,
    TimestampLit, Unary, Variable,
)

Report = Callable[[Span, str, str], None]

# Binding strength, loosest first. `~` joins text and sits with `+`/`-`.
_LEVELS = (
    ("??",),
    ("||",),
    ("&&",),
    ("==", "!=", "===", "!==", "<", "<=", ">", ">=", "@>", "!~", "in", "not in",
     "contains", "not contains", "includes", "not includes", "like", "not like",
     "ilike", "not ilike", "overlaps", "not overlaps", "search", "between", "not between"),
    ("..",),
    ("~", "+", "-"),
    ("*", "/", "%"),
)
_PRECEDENCE = {op: level for level, ops in enumerate(_LEVELS) for op in ops}
_SPACES = re.compile(r"\s+")


def _operator(raw: str) -> str:
    """`==?` binds like `==`; `not  in` is `not in`."""
    return _SPACES.sub(" ", raw).rstrip("?") if raw not in ("?", "??") else raw


class ExpressionLowerer:
    """Builds expression nodes; reports what the grammar accepts but Xano does not."""

    def __init__(self, report: Report) -> None:
        self.report = report

    def expression(self, node: Node) -> Expr:
        parts = list(named(node))
        value = self.binary(parts[0])
        if len(parts) == 1:
            return value
        then, otherwise = (self.expression(n) for n in named(parts[1]) if n.expr_name == "expression")
        return Ternary(value, then, otherwise, Span(value.span.start, otherwise.span.end))

    def binary(self, node: Node) -> Expr:
        parts = list(named(node))
        operands: list[Expr] = [self.operand(parts[0])]
        operators: list[Name] = []
        for tail in parts[1:]:
            self._tail(tail, operands, operators)
        self._check_filtered_operands(operands[:-1], operators)
        return _fold(operands, operators)

    def _tail(self, tail: Node, operands: list[Expr], operators: list[Name]) -> None:
        pieces = [n for n in named(tail) if n.expr_name not in ("colon",)]
        op_node = pieces[0]
        operators.append(Name(_operator(token(op_node)), span(op_node)))
        if tail.expr_name == "binary_tail":
            operands.append(self.operand(pieces[1]))
        else:  # between_tail: `x between low:high` keeps the range as one operand
            low, high = self.unary(pieces[1]), self.unary(pieces[2])
            operands.append(ArrayLit((low, high), Span(low.span.start, high.span.end)))

    def _check_filtered_operands(self, operands: list[Expr], operators: list[Name]) -> None:
        for operand, op in zip(operands, operators):
            if isinstance(operand, Filtered):
                self.report(
                    Span(operand.filters[0].span.start, op.span.end),
                    f'the filtered value is followed by the operator "{op.text}" without parentheses',
                    f"wrap the filtered value in parentheses: ({_source_hint(operand)}) {op.text} …",
                )

    def operand(self, node: Node) -> Expr:
        parts = list(named(node))
        value = self.unary(parts[0])
        if len(parts) == 1:
            return value
        filters = tuple(self.filter(f) for f in parts[1:])
        return Filtered(value, filters, Span(value.span.start, filters[-1].span.end))

    def filter(self, node: Node) -> Filter:
        name_node = first(node, "filter_name")
        args = tuple(self._filter_arg(arg) for arg in named(node) if arg.expr_name == "filter_arg")
        disabled = first(node, "filter_bang") is not None
        start = first(node, "pipe").start
        return Filter(Name(token(name_node), span(name_node)), args, disabled, Span(start, node.end))

    def _filter_arg(self, node: Node) -> Expr:
        parts = [n for n in named(node) if n.expr_name != "colon"]
        operands = [self.unary(n) for n in parts[0::2]]
        operators = [Name(_operator(token(n)), span(n)) for n in parts[1::2]]
        return _fold(operands, operators)

    def unary(self, node: Node) -> Expr:
        parts = list(named(node))
        value = self.postfix(parts[-1])
        for op in reversed(parts[:-1]):
            value = Unary(Name("!", span(op)), value, Span(op.start, value.span.end))
        return value

    def postfix(self, node: Node) -> Expr:
        parts = list(named(node))
        value = self.primary(only(parts[0]))
        if len(parts) == 1:
            return value
        if not isinstance(value, Variable):
            # Only variables take accessors in XanoScript; keep the value and say so.
            self.report(span(parts[1]), "only a variable can be followed by an accessor", None)
            return value
        accessors = value.accessors + tuple(self.accessor(a) for a in parts[1:])
        return Variable(value.root, accessors, Span(value.span.start, node.end))

    def accessor(self, node: Node) -> Member | Index:
        inner = only(node)
        if inner.expr_name == "member":
            return Member(token(inner)[1:], span(inner))
        return Index(self.expression(first(inner, "expression")), span(inner))

    def primary(self, node: Node) -> Expr:
        return getattr(self, "_" + node.expr_name)(node)

    def _group(self, node: Node) -> Expr:
        return Group(self.expression(first(node, "expression")), span(node))

    def _object(self, node: Node) -> Expr:
        entries = tuple(self._entry(e) for e in named(node) if e.expr_name == "entry")
        return ObjectLit(entries, span(node))

    def _entry(self, node: Node) -> ObjectEntry | Spread | Section:
        parts = list(named(node))
        if parts[0].expr_name == "spread":
            return self._spread(parts[0])
        if parts[0].expr_name == "section":
            return self.section(parts[0])  # type: ignore[attr-defined]  # see Lowerer
        key_node = only(parts[0])
        key = (string_literal(token(key_node), span(key_node)) if key_node.expr_name == "string"
               else Identifier(token(key_node), span(key_node)))
        value = self.expression(parts[-1])
        return ObjectEntry(key, value, span(node))

    def _array(self, node: Node) -> Expr:
        items = tuple(self.expression(e) for e in named(node) if e.expr_name == "expression")
        return ArrayLit(items, span(node))

    def _spread(self, node: Node) -> Expr:
        return Spread(self.unary(first(node, "unary")), span(node))

    def _cast(self, node: Node) -> Expr:
        type_node, value_node = list(named(node))
        type_name = Name(token(type_node)[1:], span(type_node))
        return Cast(type_name, string_literal(token(value_node), span(value_node)), span(node))

    def _string(self, node: Node) -> Expr:
        return string_literal(token(node), span(node))

    def _timestamp(self, node: Node) -> Expr:
        return TimestampLit(token(node), span(node))

    def _number(self, node: Node) -> Expr:
        return number_literal(token(node), span(node))

    def _keyword(self, node: Node) -> Expr:
        word, where = token(node), span(node)
        if word == "null":
            return NullLit(where)
        if word == "now":
            return NowLit(where)
        return BoolLit(word == "true", where)

    def _variable(self, node: Node) -> Expr:
        parts = list(named(node))
        path = token(parts[0])
        root, *members = path.split(".")
        accessors: list[Member | Index] = []
        offset = parts[0].start + len(root)
        for name in members:
            accessors.append(Member(name, Span(offset, offset + len(name) + 1)))
            offset += len(name) + 1
        accessors.extend(self.accessor(a) for a in parts[1:])
        return Variable(root, tuple(accessors), span(node))

    def _identifier(self, node: Node) -> Expr:
        return Identifier(token(node), span(node))


def _fold(operands: list[Expr], operators: list[Name]) -> Expr:
    """Precedence climbing over `operands[0] op[0] operands[1] …` (left-associative)."""
    position = 0

    def climb(min_level: int) -> Expr:
        nonlocal position
        left = operands[position]
        while position < len(operators) and _PRECEDENCE[operators[position].text] >= min_level:
            op = operators[position]
            position += 1
            right = climb(_PRECEDENCE[op.text] + 1)
            left = _combine(op, left, right)
        return left

    return climb(0)


def _combine(op: Name, left: Expr, right: Expr) -> Expr:
    where = Span(left.span.start, right.span.end)
    if op.text.endswith("between") and isinstance(right, ArrayLit):
        low, high = right.items
        return Between(op, left, low, high, where)
    return Binary(op, left, right, where)


def _source_hint(operand: Filtered) -> str:
    names = "|".join(f.name.text for f in operand.filters)
    return f"…|{names}"
