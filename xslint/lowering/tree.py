"""Walking parsimonious parse trees by rule name.

The grammar wraps every sequence, choice and repetition in an anonymous node;
lowering only cares about the named ones, so `named` flattens the rest away.
"""

from __future__ import annotations

from typing import Iterator

from parsimonious.nodes import Node

from xslint.diagnostics import Span

# Layout tokens that never carry meaning for the typed tree.
_LAYOUT = frozenset({"_", "__", "newline", "sep", "bom"})


def named(node: Node) -> Iterator[Node]:
    """The nearest named descendants of `node`, in source order, minus layout."""
    stack = list(reversed(node.children))
    while stack:
        child = stack.pop()
        name = child.expr_name
        if not name:
            stack.extend(reversed(child.children))
        elif name not in _LAYOUT:
            yield child


def first(node: Node, name: str) -> Node | None:
    """The first named descendant called `name`, or None."""
    return next((child for child in named(node) if child.expr_name == name), None)


def only(node: Node) -> Node:
    """The single named descendant of a choice rule such as `primary`."""
    return next(named(node))


def span(node: Node) -> Span:
    return Span(node.start, node.end)


def token(node: Node) -> str:
    return node.full_text[node.start:node.end]
