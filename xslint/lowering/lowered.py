"""A parse node that stands for its part of the typed tree, already lowered."""

from __future__ import annotations

from parsimonious.nodes import Node

from xslint.grammar.fused import NO_CHILDREN, new


class LoweredItem(Node):
    """A parsed item (or value) already lowered: stands in for its parse nodes,
    which are gone (or were never built: lowering/direct.py).

    It carries what lowering the item found (`found`), so that if the item
    is later thrown away by backtracking, its problems go with it.
    """

    __slots__ = ("item", "found")


def lowered(expr: object, text: str, start: int, end: int, item: object, found: object) -> LoweredItem:
    """A stand-in for what `expr` matched at `start`..`end`: Node's slots set as
    Node.__init__ sets them, without calling it (see grammar/fused.py)."""
    node = new(LoweredItem)
    node.expr, node.full_text, node.start, node.end, node.children = expr, text, start, end, NO_CHILDREN
    node.item, node.found = item, found
    return node
