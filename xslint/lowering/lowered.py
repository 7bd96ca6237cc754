"""A parse node that stands for its part of the typed tree, already lowered."""

from __future__ import annotations

from parsimonious.nodes import Node


class LoweredItem(Node):
    """A parsed item (or value) already lowered: stands in for its parse nodes,
    which are gone (or were never built: lowering/direct.py).

    It carries what lowering the item found (`found`), so that if the item
    is later thrown away by backtracking, its problems go with it.
    """

    __slots__ = ("item", "found")
