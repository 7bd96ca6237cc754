"""Shortcuts: grammar rules that skip their generic machinery when the answer is plain.

`expression = binary ternary_opt`, `binary = operand tails` and
`operand = primary filters` cost seven rule invocations and seven nodes for
every value, yet two values in three are a lone operand (`"text"`, `$x.y`,
`{…}`). When nothing that could continue an expression (a filter, an
operator, `between`, `?`) follows the operand, the result is known: the
operand alone. The shortcut returns an `expression` node whose one child is
that operand; otherwise it builds the nodes of the grammar's own path around
the operand it matched, calling only the three repetitions.

Failure bookkeeping is unchanged: the shortcut calls `primary` exactly as
the grammar would, the rules it skips cannot fail once `primary` matched
(the repetitions never fail), and when `primary` fails it records what the
grammar's path would record.

`ShortVariable` likewise matches a variable with no index in one call, and
`ItemList` loops over a block's items without a rule call for each
item-and-separator pair. tests/test_parser_engine.py checks that they give
what parsimonious' own expressions give, trees and failures alike.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable

from parsimonious.expressions import Expression, Regex
from parsimonious.grammar import Grammar
from parsimonious.nodes import Node, RegexNode

from xslint.grammar.fused import NO_CHILDREN, FusedQuantifier, FusedSequence, new, record_failure
from xslint.grammar.lookahead import Repeat, expression_hook

# The first tokens of `filter`, `tail` and `ternary`: what may continue an operand.
CONTINUATIONS = ("filter_head", "ws_binop", "ws_between", "ws_question")


class ShortExpression(FusedSequence):
    """`expression`: the operand alone when nothing continues it, else the
    generic rules' nodes built around the operand already matched."""

    __slots__ = ()

    # Set per grammar by `install`, on a subclass made for that grammar (the
    # expression's own slots are parsimonious').
    primary: Expression
    continues: re.Pattern
    # expression = binary ternary_opt; binary = operand tails; operand = primary filters
    binary: Expression
    operand: Expression
    tails: Expression
    filters: Expression
    ternary_opt: Expression
    # What the generic path records when `primary` fails: `primary` (again),
    # then each rule around it.
    on_failure: tuple[Expression, ...]

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        direct = expression_hook.get()
        if direct is not None and (lowered := direct(text, pos)) is not None:
            return lowered
        value = self.primary.match_core(text, pos, cache, error)
        if value is None:
            for rule in self.on_failure:
                record_failure(rule, pos, error)
            return None
        end = value.end
        if self.continues.match(text, end) is None:
            node = new(Node)  # Node(self, text, pos, end, [value]), see fused.py
            node.expr, node.full_text, node.start, node.end, node.children = self, text, pos, end, [value]
            return node
        # The generic path, with `primary` not matched twice: the three
        # repetitions never fail, so neither do the rules around them.
        filters = self.filters.match_core(text, end, cache, error)
        operand = Node(self.operand, text, pos, filters.end, [value, filters])
        tails = self.tails.match_core(text, filters.end, cache, error)
        binary = Node(self.binary, text, pos, tails.end, [operand, tails])
        ternary = self.ternary_opt.match_core(text, tails.end, cache, error)
        return Node(self, text, pos, ternary.end, [binary, ternary])


class ShortVariable(FusedSequence):
    """`variable = var_path indexes`, when no index follows the path (`$x`,
    `$input.id`: nearly every variable): the path token matched and the empty
    repetition built in place, without a rule call for either. They record
    no failure then (the repetition never fails); anything else takes the
    grammar's own path."""

    __slots__ = ()

    # Set per grammar by `install` (see ShortExpression).
    path: Regex
    indexes: Expression
    index_next: Callable[[str, int], re.Match | None]

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        match = self.path.re.match(text, pos)
        if match is not None:
            end = match.end()
            if self.index_next(text, end) is None:
                # Node(self, …, [RegexNode(path, …), Node(indexes, …)]), see fused.py
                path = new(RegexNode)
                path.expr, path.full_text, path.start, path.end, path.children = self.path, text, pos, end, NO_CHILDREN
                path.match = match
                indexes = new(Node)
                indexes.expr, indexes.full_text, indexes.start, indexes.end, indexes.children = (
                    self.indexes, text, end, end, [])
                node = new(Node)
                node.expr, node.full_text, node.start, node.end, node.children = self, text, pos, end, [path, indexes]
                return node
        return FusedSequence.match_core(self, text, pos, cache, error)


class ItemList(FusedQuantifier):
    """`(item item_sep)*` in a block (and `(field_item __)*`): the loop of a
    block's items without a rule call for the pair and the choice per item.

    It builds the nodes the generic path builds, and records the failures it
    would record, in the same order, when an item cannot start. Where the
    block closes (`}` is next, once per block) no item can start, and what
    every alternative records on failing there is known in advance
    (`at_close`, found by `install` trying them on "}"): it is recorded
    without trying them.
    """

    __slots__ = ()

    # Set per grammar by `install` (see ShortExpression).
    at_close: tuple[Expression, ...] = ()

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node:  # noqa: ANN001
        pair = self.members[0]
        choice, separator = pair.members  # type: ignore[attr-defined]
        children: list[Node] = []
        end, size = pos, len(text)
        while end < size:
            if text[end] == "}":
                for expression in self.at_close:  # record_failure, inlined: once per block
                    if end >= error.pos and (expression.name or getattr(error.expr, "name", None) is None):
                        error.expr = expression
                        error.pos = end
                break
            # self.item_at(…), inlined: the first alternative that matches.
            for alternative in choice.members:  # type: ignore[attr-defined]
                inner = alternative.match_core(text, end, cache, error)
                if inner is not None:
                    break
            else:
                record_failure(choice, end, error)
                record_failure(pair, end, error)
                break
            after = separator.match_core(text, inner.end, cache, error)
            if after is None:
                record_failure(pair, end, error)
                break
            # Node(choice, text, end, inner.end, [inner]) in Node(pair, …), see fused.py
            item = new(Node)
            item.expr, item.full_text, item.start, item.end, item.children = choice, text, end, inner.end, [inner]
            both = new(Node)
            both.expr, both.full_text, both.start, both.end, both.children = pair, text, end, after.end, [item, after]
            children.append(both)
            if after.end == end:  # an empty item: the generic loop stops too
                break
            end = after.end
        return Node(self, text, pos, end, children)

    def item_at(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        """What the first alternative of the item choice that matches at `pos` matched."""
        pair = self.members[0]
        choice = pair.members[0]  # type: ignore[attr-defined]
        for alternative in choice.members:
            inner = alternative.match_core(text, pos, cache, error)
            if inner is not None:
                return inner
        record_failure(choice, pos, error)
        record_failure(pair, pos, error)
        return None


class _Recorder:
    """Stands in for parsimonious' error object and keeps every failure recorded on it, in order."""

    def __init__(self) -> None:
        self.recorded: list[Expression] = []
        self.pos = -1

    @property
    def expr(self) -> None:
        return None  # so that every failure, named or not, is recorded

    @expr.setter
    def expr(self, expression: Expression) -> None:
        self.recorded.append(expression)


def _failures_at_close(items: ItemList) -> tuple[Expression, ...]:
    """The failures an item recorded by trying to start at a `}` (which no
    rule reads past: the item rules fail on its first character)."""
    recorder = _Recorder()
    found = items.item_at("}", 0, defaultdict(dict), recorder)
    assert found is None
    return tuple(recorder.recorded)


def install(rules: Grammar) -> None:
    """Put the shortcuts in place in a compiled grammar."""
    patterns = []
    for name in CONTINUATIONS:
        token = rules[name]
        assert isinstance(token, Regex)
        patterns.append(f"(?:{token.re.pattern})")
    binary, ternary_opt = rules["expression"].members  # type: ignore[attr-defined]
    operand, tails = binary.members  # type: ignore[attr-defined]
    primary, filters = operand.members  # type: ignore[attr-defined]
    assert (binary, operand, primary) == (rules["binary"], rules["operand"], rules["primary"])
    assert all(isinstance(rule, Repeat) for rule in (ternary_opt, tails, filters))
    rules["expression"].__class__ = type("ShortExpression", (ShortExpression,), {
        "__slots__": (), "primary": primary, "continues": re.compile("|".join(patterns)),
        "binary": binary, "operand": operand, "tails": tails, "filters": filters, "ternary_opt": ternary_opt,
        "on_failure": (primary, operand, binary, rules["expression"])})
    path, indexes = rules["variable"].members  # type: ignore[attr-defined]  # var_path indexes
    assert isinstance(path, Regex) and isinstance(indexes, Repeat)
    rules["variable"].__class__ = type("ShortVariable", (ShortVariable,), {
        "__slots__": (), "path": path, "indexes": indexes, "index_next": staticmethod(indexes.peek)})
    for block in (rules["block"], rules["field_block"]):
        items = block.members[1]  # type: ignore[attr-defined]  # open_brace (item item_sep)* block_end
        assert isinstance(items, FusedQuantifier) and items.min == 0
        items.__class__ = ItemList
        items.__class__ = type("ItemList", (ItemList,), {"__slots__": (), "at_close": _failures_at_close(items)})
