"""Rules written in Python (recovery, look-ahead), as one parsimonious expression class.

parsimonious wraps a custom rule function in an expression whose match goes
through three calls and a type dispatch; `PythonRule` calls the function
directly, with the memo and failure bookkeeping of `fused.py`.
"""

from __future__ import annotations

from typing import Callable

from parsimonious.exceptions import LeftRecursionError
from parsimonious.expressions import Expression
from parsimonious.grammar import Grammar
from parsimonious.nodes import Node

from xslint.grammar.fused import IN_PROGRESS, MISSING, record_failure


class PythonRule(Expression):
    """A rule written in Python (recovery, look-ahead): parsimonious' custom
    rule, called with the grammar's arguments in one step.

    The function takes `(text, pos)` or `(text, pos, cache, error, grammar)`
    and returns a node, an end offset, `(end, children)`, or None.
    """

    __slots__ = ("function", "full", "grammar")

    def __init__(self, name: str, function: Callable, full: bool) -> None:
        super().__init__(name)
        self.function = function
        self.full = full  # takes (text, pos, cache, error, grammar)
        self.grammar: Grammar | None = None  # set once the grammar exists

    def bind(self, grammar: Grammar) -> None:
        self.grammar = grammar

    def match_core(self, text: str, pos: int, cache: dict, error) -> Node | None:  # noqa: ANN001
        memo = cache[id(self)]
        node = memo.get(pos, MISSING)
        if node is MISSING:
            memo[pos] = IN_PROGRESS
            result = (self.function(text, pos, cache, error, self.grammar) if self.full
                      else self.function(text, pos))
            if result is None or isinstance(result, Node):
                node = result
            elif type(result) is int:
                node = Node(self, text, pos, result)
            else:
                node = Node(self, text, pos, result[0], result[1])
            memo[pos] = node
        elif node is IN_PROGRESS:
            raise LeftRecursionError(text, pos=-1, expr=self)
        if node is None:
            record_failure(self, pos, error)
        return node

    def _as_rhs(self) -> str:
        return '{custom function "%s"}' % self.function.__name__
