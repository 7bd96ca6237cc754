"""Lowering expression parse trees into `syntax` expression nodes.

The grammar reads `a op b op c` as a flat list; precedence is applied here,
by precedence climbing over that list, which keeps the grammar small and fast.
"""

from __future__ import annotations

import re
from typing import Callable

from parsimonious.nodes import Node

from xslint.diagnostics import Span
from xslint.lowering import make
from xslint.lowering.literals import number_literal, string_literal
from xslint.lowering.tree import named, token
from xslint.syntax import (
    ArrayLit, Expr, Filter, Filtered, Index, Member, Name, ObjectEntry, Section, Spread,
)

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


class ExpressionLowerer:
    """Builds expression nodes; reports what the grammar accepts but Xano does not."""

    def report(self, where: Span, message: str, help: str | None) -> None:
        """Keep a problem found while lowering (the parser's `Lowerer` keeps them). A
        method, not a callable stored on the lowerer: storing its own bound method
        would make every lowerer a reference cycle."""
        raise NotImplementedError

    # expression, binary and operand run for every value in a file, so they
    # index their children by the grammar's shape instead of searching:
    #   expression = binary ternary?     binary = operand tail*
    #   operand = primary filter*
    def expression(self, node: Node) -> Expr:
        children = node.children
        if len(children) == 1:  # the operand alone (grammar/shortcuts.py)
            value = children[0]
            return _PRIMARY[value.expr.name](self, value)  # self.primary(value), inlined
        if not children:  # read and lowered at once (lowering/direct.py)
            return node.item  # type: ignore[attr-defined, no-any-return]
        binary, ternary = children
        value = self.binary(binary)
        if not ternary.children:
            return value
        then, otherwise = (self.expression(n) for n in named(ternary.children[0]) if n.expr.name == "expression")
        return make.Ternary_at(value, then, otherwise, value.span.start, otherwise.span.end)

    def binary(self, node: Node) -> Expr:
        first_operand, tails = node.children
        operands: list[Expr] = [self.operand(first_operand)]
        if not tails.children:
            return operands[0]
        operators: list[Name] = []
        for tail in tails.children:
            # (ws_binop operand) / (ws_between primary arg_colon primary)
            parts = tail.children[0].children
            op_node = parts[0]
            operators.append(operator_at(op_node.match))
            if op_node.expr.name == "ws_binop":
                operands.append(self.operand(parts[1]))
            elif parts[2].children:  # `x between low:high` keeps the range as one operand for now
                low, high = self.primary(parts[1]), self.primary(parts[2].children[0].children[1])
                operands.append(make.ArrayLit_at((low, high), low.span.start, high.span.end))
            else:  # `x between? $range`, as Xano's parser reads it
                operands.append(self.primary(parts[1]))
        self._check_filtered_operands(operands[:-1], operators)
        if len(operators) == 1:  # `a == b`, as most are: what fold makes of it
            return combine(operators[0], operands[0], operands[1])
        return fold(operands, operators)

    def _check_filtered_operands(self, operands: list[Expr], operators: list[Name]) -> None:
        for operand, op in zip(operands, operators):
            if isinstance(operand, Filtered):
                self.report(
                    make.Span(operand.filters[0].span.start, op.span.end),
                    f'the filtered value is followed by the operator "{op.text}" without parentheses',
                    f"wrap the filtered value in parentheses: ({_source_hint(operand)}) {op.text} …",
                )

    def operand(self, node: Node) -> Expr:
        primary, filter_nodes = node.children
        value = _PRIMARY[primary.expr.name](self, primary)  # self.primary(primary), inlined
        if not filter_nodes.children:
            return value
        filters = tuple(self.filter(f) for f in filter_nodes.children)
        return make.Filtered_at(value, filters, value.span.start, filters[-1].span.end)

    def filter(self, node: Node) -> Filter:
        head, args = node.children  # filter_head filter_arg*
        match = head.match
        name = make.Name_at(match.group(2), match.start(2), match.end(2))
        pipe = head.full_text.rindex("|", head.start, match.start(1))  # spaces may follow it
        lowered = tuple(self._filter_arg(arg) for arg in args.children)
        return make.Filter_at(name, lowered, bool(match.group(1)), pipe, node.end)

    def _filter_arg(self, node: Node) -> Expr:
        _, value, more = node.children  # arg_colon primary (arg_op primary)*
        if not more.children:
            return self.primary(value)
        operands = [self.primary(value)] + [self.primary(pair.children[1]) for pair in more.children]
        operators = [operator_at(pair.children[0].match) for pair in more.children]
        return fold(operands, operators)

    def value(self, node: Node) -> Expr:
        """An object or array entry (see Lowerer.value)."""
        return self.expression(node)

    def primary(self, node: Node) -> Expr:
        """A value node as `primary` passed it through: its rule name says what it is."""
        return _PRIMARY[node.expr.name](self, node)

    def _group(self, node: Node) -> Expr:
        # lparen group_value half_ternary_opt __ rparen var_members? indexes
        _, value, half_ternary, _, rparen, members, indexes = node.children
        value = value.children[0]  # expression / headless
        inner = self.expression(value) if value.expr.name == "expression" else self._headless(value)
        if half_ternary.children:  # `(c ? a)`: no else-branch
            then = self.expression(half_ternary.children[0].children[1])  # ws_question expression
            inner = make.Ternary_at(inner, then, None, inner.span.start, then.span.end)
        return self._accessed(make.Group_at(inner, node.start, rparen.end), members, indexes, node)

    def _accessed(self, value: Expr, members: Node, indexes: Node, node: Node) -> Expr:
        """`value` (a group or a literal), read through the members and indexes after it, if any."""
        if not members.children and not indexes.children:
            return value
        accessors: list[Member | Index] = []
        if members.children:
            accessors.extend(_members(token(members.children[0]), members.start)[1])
        accessors.extend(self._indexes(indexes))
        return make.Access_at(value, tuple(accessors), node.start, node.end)

    def _headless(self, node: Node) -> Expr:
        """`|uuid` in `(|uuid)`: the filters of nothing, a null no wider than a point
        (where the value would stand), so that every rule sees a filtered value."""
        first, more = node.children  # filter filters
        filters = (self.filter(first), *(self.filter(f) for f in more.children))
        nothing = make.NullLit(make.Span(node.start, node.start))
        return make.Filtered_at(nothing, filters, node.start, filters[-1].span.end)

    def _not_expr(self, node: Node) -> Expr:
        op, operand = node.children  # not_op primary
        value = self.primary(operand)
        return make.Unary_at(make.Name_at("!", op.start, op.start + 1), value, node.start, node.end)

    def _object(self, node: Node) -> Expr:
        # lbrace (entry (sep entry)* sep?)? __ rbrace var_members? indexes
        _, listed, _, rbrace, members, indexes = node.children
        entries = tuple(self._entry(e) for e in _listed(listed))
        return self._accessed(make.ObjectLit_at(entries, node.start, rbrace.end), members, indexes, node)

    def _entry(self, node: Node) -> ObjectEntry | Spread | Section:
        choice = node.children[0]  # (entry_head isolated_value) / spread / section
        parts = choice.children if not choice.expr.name else [choice]
        if parts[0].expr.name == "spread":
            return self._spread(parts[0])
        if parts[0].expr.name == "section":
            return self.section(parts[0])  # type: ignore[attr-defined]  # see Lowerer
        head = parts[0]
        raw = head.match.group(2)
        key_span = make.Span(head.match.start(2), head.match.end(2))
        key = string_literal(raw, key_span) if raw[0] in "\"'" else make.Identifier(raw, key_span)
        disabled = bool(head.match.group(1))
        return make.ObjectEntry(key, self.value(parts[1]), make.Span(node.start, node.end), disabled)  # type: ignore[arg-type]

    def _array(self, node: Node) -> Expr:
        # lbracket (array_item (sep array_item)* sep?)? __ rbracket var_members? indexes
        _, listed, _, rbracket, members, indexes = node.children
        items = tuple(self._array_item(e.children[0]) for e in _listed(listed))
        return self._accessed(make.ArrayLit_at(items, node.start, rbracket.end), members, indexes, node)

    def _array_item(self, node: Node) -> Expr:
        if node.expr.name == "bare_words":
            # `[Shopify variant,$x,modified]`: text the sync writes unquoted.
            return make.Identifier_at(token(node), node.start, node.end)
        return self.value(node)

    def _spread(self, node: Node) -> Spread:
        return make.Spread_at(self.primary(node.children[1]), node.start, node.end)  # ellipsis primary

    def _cast(self, node: Node) -> Expr:
        type_node, value_node = node.children  # cast_type string
        type_span = make.Span(type_node.match.start(1), type_node.match.end(1))
        value = string_literal(token(value_node), make.Span(value_node.start, value_node.end))
        return make.Cast_at(make.Name(type_node.match.group(1), type_span), value, node.start, node.end)  # type: ignore[arg-type]

    # The leaves below run for most values (lowering/direct.py shares them).
    def _string(self, node: Node) -> Expr:
        return string_at(node.full_text, node.start, node.end)

    def _timestamp(self, node: Node) -> Expr:
        return make.TimestampLit_at(token(node), node.start, node.end)

    def _number(self, node: Node) -> Expr:
        return number_literal(token(node), make.Span(node.start, node.end))

    def _identifier(self, node: Node) -> Expr:
        return word_at(node.full_text, node.start, node.end)

    def _variable(self, node: Node) -> Expr:
        path_node, indexes = node.children
        if not indexes.children:
            return variable_at(path_node.full_text, path_node.start, path_node.end)
        root, accessors = _members(token(path_node), path_node.start)
        accessors.extend(self._indexes(indexes))
        return make.Variable_at(root, tuple(accessors), node.start, node.end)

    def _indexes(self, indexes: Node) -> list[Member | Index]:
        """`[k]`, `.[k]` and the members after each, in order."""
        accessors: list[Member | Index] = []
        for index in indexes.children:
            # index_open expression __ rbracket var_members?
            opener, inner, _, closer, members = index.children
            accessors.append(make.Index_at(self.expression(inner), opener.start, closer.end))
            if members.children:
                member = members.children[0]
                accessors.extend(_members(token(member), member.start)[1])
        return accessors


# `primary`'s alternatives, by rule name: what `ExpressionLowerer.primary` calls.
_PRIMARY: dict[str, Callable[[ExpressionLowerer, Node], Expr]] = {
    name: getattr(ExpressionLowerer, "_" + name)
    for name in ("group", "not_expr", "object", "array", "spread", "cast", "string", "timestamp", "number",
                 "identifier", "variable")
}


def _listed(optional: Node) -> list[Node]:
    """The items of `(item (sep item)* sep?)?`, a literal's entries."""
    if not optional.children:
        return []
    first_item, rest, _ = optional.children[0].children
    return [first_item, *(pair.children[1] for pair in rest.children)]


_WORD_LITERALS: dict[str, Callable[[Span], Expr]] = {
    "true": lambda where: make.BoolLit(True, where),
    "false": lambda where: make.BoolLit(False, where),
    "null": make.NullLit,
    "now": make.NowLit,
}


def string_at(text: str, start: int, end: int) -> Expr:
    """The string token written at `start`, up to `end`."""
    raw = text[start:end]
    quote = raw[0]
    if quote != "`" and "\\" not in raw and not raw.startswith(quote * 3):
        # A plain quoted string, as most are: what string_literal makes of it.
        return make.StringLit_at(raw[1:-1], quote, start, end)
    return string_literal(raw, make.Span(start, end))


def word_at(text: str, start: int, end: int) -> Expr:
    """A word used as a value: `true`, `false`, `null`, `now`, or an identifier."""
    word, where = text[start:end], make.Span(start, end)
    literal = _WORD_LITERALS.get(word)
    return literal(where) if literal else make.Identifier(word, where)


def variable_at(text: str, start: int, end: int) -> Expr:
    """A variable's path written at `start` (`$x`, `$input.id`), without an index."""
    path = text[start:end]
    if "." not in path:  # `$x`: the most common variable
        return make.Variable_at(path, (), start, end)
    root, members = _members(path, start)
    return make.Variable_at(root, tuple(members), start, end)


def _members(path: str, start: int) -> tuple[str, list[Member | Index]]:
    """`$a.b.c` (or `.b.c`) written at `start`: its root (`$a`, or "") and the
    members after it, each spanning its dot and name."""
    root, *names = path.split(".")
    members: list[Member | Index] = []
    offset = start + len(root)
    for name in names:
        width = len(name) + 1
        members.append(make.Member_at(name, offset, offset + width))
        offset += width
    return root, members


def operator_at(match: re.Match[str]) -> Name:
    """The operator inside a layout-plus-operator token's match, as written (`==?`, `not in`)."""
    raw = match.group(1)
    return make.Name_at(_SPACES.sub(" ", raw), match.start(1), match.end(1))


def _level(op: str) -> int:
    """Binding strength; the null-safe `==?` family binds like `==`."""
    return _PRECEDENCE[op if op == "??" else op.rstrip("?")]


def fold(operands: list[Expr], operators: list[Name]) -> Expr:
    """Precedence climbing over `operands[0] op[0] operands[1] …` (left-associative)."""
    return _climb(operands, operators, [0], 0)


def _climb(operands: list[Expr], operators: list[Name], position: list[int], min_level: int) -> Expr:
    """The operand at `position[0]` and what binds to it at `min_level` or tighter;
    `position` moves past what was read. (A module function, not a closure that
    calls itself: such a closure is a reference cycle, and the operands it holds
    would wait for the cycle collector.)"""
    left = operands[position[0]]
    while position[0] < len(operators) and _level(operators[position[0]].text) >= min_level:
        op = operators[position[0]]
        position[0] += 1
        right = _climb(operands, operators, position, _level(op.text) + 1)
        left = combine(op, left, right)
    return left


def combine(op: Name, left: Expr, right: Expr) -> Expr:
    where = make.Span(left.span.start, right.span.end)
    if op.text.rstrip("?").endswith("between") and isinstance(right, ArrayLit) and len(right.items) == 2:
        low, high = right.items
        return make.Between(op, left, low, high, where)
    return make.Binary(op, left, right, where)


def _source_hint(operand: Filtered) -> str:
    names = "|".join(f.name.text for f in operand.filters)
    return f"…|{names}"
