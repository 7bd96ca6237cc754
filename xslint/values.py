"""Expressions as JSON values, for the JSON Schema checks, with a span for every value.

A literal becomes its JSON value, a bare word its text. Anything that cannot
be known statically (a variable, a filter, arithmetic) becomes a marker
chosen by the caller: `EXPRESSION` (text, so `event = $name` passes as an
event name) where expressions are allowed, or `STATIC_ONLY`, which no JSON
type accepts, where the platform takes only literals (channel and trigger
settings): `active = $flag` then fails as "not a boolean".
Objects keep the last of duplicate keys (duplicates are XS104's business).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from xslint.diagnostics import Span
from xslint.syntax import (
    ArrayLit, Attribute, Block, BoolLit, Expr, Group, Identifier, NullLit, NumberLit, ObjectEntry, ObjectLit,
    Section, Statement, StringLit, item_name,
)

EXPRESSION = "<expression>"


class _StaticOnly:
    """Stands for an expression where only a literal is allowed."""

    def __repr__(self) -> str:
        return "<expression>"


STATIC_ONLY = _StaticOnly()
Path = tuple[str | int, ...]


@dataclass
class Lowered:
    """A JSON value plus where each part of it came from."""

    value: Any
    unknown: Any = EXPRESSION
    spans: dict[Path, Span] = field(default_factory=dict)  # path → span of the value
    keys: dict[Path, Span] = field(default_factory=dict)  # path → span of the key naming it


def from_block(block: Block, unknown: Any = EXPRESSION) -> Lowered:
    """A definition's or statement's clauses as one JSON object (blocks count as `{}`)."""
    lowered = Lowered({}, unknown=unknown)
    for item in block.items:
        head = item_name(item)
        name = head.text
        path = (name,)
        lowered.keys[path] = head.span
        if isinstance(item, Attribute):
            lowered.value[name] = _value(item.value, path, lowered)
        else:
            lowered.value[name] = {}
            lowered.spans[path] = item.span if isinstance(item, (Statement, Section)) else head.span
    return lowered


def _value(expr: Expr, path: Path, lowered: Lowered) -> Any:
    lowered.spans[path] = expr.span
    if isinstance(expr, Group):
        return _value(expr.inner, path, lowered)
    if isinstance(expr, (StringLit, NumberLit, BoolLit)):
        return expr.value
    if isinstance(expr, NullLit):
        return None
    if isinstance(expr, ObjectLit):
        result: dict[str, Any] = {}
        for entry in expr.entries:
            if isinstance(entry, ObjectEntry):
                lowered.keys[path + (entry.name,)] = entry.key.span
                result[entry.name] = _value(entry.value, path + (entry.name,), lowered)
        return result
    if isinstance(expr, ArrayLit):
        return [_value(item, path + (i,), lowered) for i, item in enumerate(expr.items)]
    if isinstance(expr, Identifier):
        return expr.name
    return lowered.unknown


def literal_text(expr: Expr | None) -> str | None:
    """The text of a plain string literal (in parentheses or not), else None."""
    while isinstance(expr, Group):
        expr = expr.inner
    return expr.value if isinstance(expr, StringLit) else None
