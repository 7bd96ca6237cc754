"""Finding the nodes of some kinds in a syntax tree, cheaply.

`syntax.walk` yields every node (about 400 in a typical file), and a check
that wants five kinds of them pays a generator step and an `isinstance`
chain for each. `Finder` visits the same nodes in the same order (depth
first, children in source order) but returns only the wanted ones, with
the per-class work (which fields hold nodes, whether the class is wanted)
done once per class instead of once per node, and nodes that hold none and
are not wanted never pushed (tests/test_finder.py compares with `walk`).
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from typing import Any

from xslint.diagnostics import Span
from xslint.syntax import Name

# Fields that never hold nodes (spans, names, scalars): what `syntax.walk` skips too.
_SCALAR_TYPES = ("str", "bool", "Name", "int | float")


class Finder:
    """The nodes of `kinds` (classes, subclasses included) under a root, in `syntax.walk`'s order."""

    def __init__(self, *kinds: type) -> None:
        self._kinds = kinds
        self._plans: dict[type, tuple[bool, tuple[tuple[str, bool], ...]]] = {}
        # Classes never worth a visit, not even pushed: scalars, and (once planned) nodes
        # with no child nodes and of no kind wanted; a third of a typical tree's nodes.
        self._leaves: set[type] = {str, int, float, bool, type(None)}

    def __call__(self, root: object) -> list[Any]:
        found = []
        pending = [root]
        pop, push = pending.pop, pending.append
        plans, leaves = self._plans, self._leaves
        while pending:
            node = pop()
            plan = plans.get(node.__class__) or self._plan(node.__class__)
            if plan[0]:
                found.append(node)
            for name, many in plan[1]:
                value = getattr(node, name)
                if many:
                    for item in reversed(value):
                        if item.__class__ not in leaves:
                            push(item)
                elif value.__class__ not in leaves:
                    push(value)
        return found

    def _plan(self, cls: type) -> tuple[bool, tuple[tuple[str, bool], ...]]:
        """Whether `cls` is wanted, and its fields that may hold nodes, each with whether
        it holds a tuple of them."""
        wanted = issubclass(cls, self._kinds)
        children: tuple[tuple[str, bool], ...] = ()
        if cls is not Span and cls is not Name and hasattr(cls, "__dataclass_fields__"):
            children = tuple((f.name, _is_tuple(str(f.type))) for f in dataclass_fields(cls)
                             if f.name != "span" and f.type not in _SCALAR_TYPES)
        if not wanted and not children:
            self._leaves.add(cls)
        self._plans[cls] = plan = (wanted, children)
        return plan


def _is_tuple(annotation: str) -> bool:
    """Whether a field's annotation is a tuple of nodes, never None."""
    return annotation.startswith("tuple[") and "None" not in annotation
