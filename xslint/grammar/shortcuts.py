"""Shortcuts: grammar rules that skip their generic machinery when the answer is plain.

`expression = binary ternary_opt`, `binary = operand tails` and
`operand = primary filters` cost seven rule invocations and seven nodes for
every value, yet two values in three are a lone operand (`"text"`, `$x.y`,
`{…}`). When nothing that could continue an expression (a filter, an
operator, `between`, `?`) follows the operand, the result is known: the
operand alone. The shortcut returns an `expression` node whose one child is
that operand; anything else takes the grammar's own path, which finds the
operand in the memo.

Failure bookkeeping is unchanged: the shortcut calls `primary` exactly as
the grammar would, and the rules it skips cannot fail once `primary` matched
and no continuation follows (the repetitions then match nothing).

`ItemList` likewise loops over a block's items without a rule call for each
item-and-separator pair. tests/test_parser_engine.py checks that both give
what parsimonious' own expressions give, trees and failures alike.
"""

from __future__ import annotations

import re

from parsimonious.expressions import Expression, Regex
from parsimonious.grammar import Grammar
from parsimonious.nodes import Node

from xslint.grammar.fused import FusedQuantifier, FusedSequence, record_failure

# The first tokens of `filter`, `tail` and `ternary`: what may continue an operand.
CONTINUATIONS = ("filter_head", "ws_binop", "ws_between", "ws_question")


class ShortExpression(FusedSequence):
    """`expression`, answering "just the operand" without the generic rules."""

    __slots__ = ()

    # Set per grammar by `install`, on a subclass made for that grammar (the
    # expression's own slots are parsimonious').
    primary: Expression
    continues: re.Pattern

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        memo = cache[id(self)]
        if pos not in memo:
            operand = self.primary.match_core(text, pos, cache, error)
            if operand is not None and self.continues.match(text, operand.end) is None:
                node = memo[pos] = Node(self, text, pos, operand.end, [operand])
                return node
        return FusedSequence.match_core(self, text, pos, cache, error)


class ItemList(FusedQuantifier):
    """`(item item_sep)*` in a block (and `(field_item __)*`): the loop of a
    block's items without a rule call for the pair and the choice per item.

    It builds the nodes the generic path builds, and records the failures it
    would record, in the same order, when an item cannot start.
    """

    __slots__ = ()

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node:  # noqa: ANN001
        pair = self.members[0]
        choice, separator = pair.members  # type: ignore[attr-defined]
        alternatives = choice.members
        children: list[Node] = []
        end, size = pos, len(text)
        while end < size:
            for alternative in alternatives:
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
            item = Node(choice, text, end, inner.end, [inner])
            children.append(Node(pair, text, end, after.end, [item, after]))
            if after.end == end:  # an empty item: the generic loop stops too
                break
            end = after.end
        return Node(self, text, pos, end, children)


def install(rules: Grammar) -> None:
    """Put the shortcuts in place in a compiled grammar."""
    patterns = []
    for name in CONTINUATIONS:
        token = rules[name]
        assert isinstance(token, Regex)
        patterns.append(f"(?:{token.re.pattern})")
    rules["expression"].__class__ = type("ShortExpression", (ShortExpression,), {
        "__slots__": (), "primary": rules["primary"], "continues": re.compile("|".join(patterns))})
    for block in (rules["block"], rules["field_block"]):
        items = block.members[2]  # type: ignore[attr-defined]  # open_brace __ (item sep)* block_end
        assert isinstance(items, FusedQuantifier) and items.min == 0
        items.__class__ = ItemList
