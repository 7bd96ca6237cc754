"""Finding the nodes of some kinds in a syntax tree, cheaply.

`syntax.walk` yields every node (about 400 in a typical file), and a check
that wants five kinds of them pays a generator step and an `isinstance`
chain for each. `Finder` visits the same nodes in the same order (depth
first, children in source order) but returns only the wanted ones, with
the per-class work (which fields hold nodes, whether the class is wanted)
done once per class instead of once per node.
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
        self._plans: dict[type, tuple[bool, tuple[str, ...]]] = {}

    def __call__(self, root: object) -> list[Any]:
        found = []
        pending = [root]
        plans = self._plans
        while pending:
            node = pending.pop()
            plan = plans.get(node.__class__) or self._plan(node.__class__)
            if plan[0]:
                found.append(node)
            for name in plan[1]:
                value = getattr(node, name)
                if isinstance(value, tuple):
                    pending.extend(reversed(value))
                elif value is not None and not isinstance(value, (str, int, float)):
                    pending.append(value)
        return found

    def _plan(self, cls: type) -> tuple[bool, tuple[str, ...]]:
        wanted = issubclass(cls, self._kinds)
        children: tuple[str, ...] = ()
        if cls is not Span and cls is not Name and hasattr(cls, "__dataclass_fields__"):
            children = tuple(f.name for f in dataclass_fields(cls)
                             if f.name != "span" and f.type not in _SCALAR_TYPES)
        self._plans[cls] = plan = (wanted, children)
        return plan
