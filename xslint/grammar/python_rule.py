"""Rules written in Python (recovery, look-ahead), as one parsimonious expression class.

parsimonious wraps a custom rule function in an expression whose match goes
through three calls and a type dispatch; `PythonRule` calls the function
directly, with the failure bookkeeping of `fused.py`.
"""

from __future__ import annotations

from typing import Callable

from parsimonious.expressions import Expression
from parsimonious.grammar import Grammar
from parsimonious.nodes import Node

from xslint.grammar.fused import record_failure


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
        # No memo: each of these rules is tried once per offset (see fused.py).
        result = (self.function(text, pos, cache, error, self.grammar) if self.full
                  else self.function(text, pos))
        if result is None:
            record_failure(self, pos, error)
            return None
        if isinstance(result, Node):
            return result
        if type(result) is int:
            return Node(self, text, pos, result)
        return Node(self, text, pos, result[0], result[1])

    def _as_rhs(self) -> str:
        return '{custom function "%s"}' % self.function.__name__
