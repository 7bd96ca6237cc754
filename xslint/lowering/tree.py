"""Walking parsimonious parse trees by rule name.

The grammar wraps every sequence, choice and repetition in an anonymous node;
lowering only cares about the named ones, so `named` flattens the rest away.
"""

from __future__ import annotations

from parsimonious.nodes import Node

from xslint.diagnostics import Span
from xslint.lowering import make

# Layout tokens that never carry meaning for the typed tree.
_LAYOUT = frozenset({"_", "__", "sep", "item_sep", "bom"})


def named(node: Node) -> list[Node]:
    """The nearest named descendants of `node`, in source order, minus layout."""
    found = []
    stack = node.children[::-1]
    while stack:
        child = stack.pop()
        name = child.expr.name
        if not name:
            stack.extend(child.children[::-1])
        elif name not in _LAYOUT:
            found.append(child)
    return found


def first(node: Node, name: str) -> Node | None:
    """The first named descendant called `name`, or None."""
    return next((child for child in named(node) if child.expr.name == name), None)


def only(node: Node) -> Node:
    """The single named descendant of a choice rule such as `primary`."""
    return named(node)[0]


def span(node: Node) -> Span:
    return make.Span(node.start, node.end)


def token(node: Node) -> str:
    return node.full_text[node.start:node.end]
