"""Evaluating a channel expression statically into a template (SPEC §2).

String literals (and numbers) are known text, `a ~ b` joins, a variable set
once earlier in the same stack is followed, and anything else is an unknown
part. The roots of the variables behind unknown parts are kept, so a rule
can tell a channel built from `$input`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

from xslint.channels import UNKNOWN, Template, template
from xslint.syntax import (
    Binary, Expr, Filtered, Group, Index, NumberLit, StringLit, Variable,
)

Resolve = Callable[[str], "Expr | None"]
_MAX_FOLLOW = 16  # variables followed through other variables, at most


@dataclass(frozen=True, slots=True)
class ChannelTemplate:
    parts: Template
    roots: frozenset[str]  # variable roots behind the unknown parts (`$input`, `$auth`, …)


def evaluate(expr: Expr, resolve: Resolve) -> ChannelTemplate:
    parts: list[str | None] = []
    roots: set[str] = set()
    _collect(expr, resolve, parts, roots, 0)
    return ChannelTemplate(template(*parts), frozenset(roots))


def _collect(expr: Expr, resolve: Resolve, parts: list, roots: set[str], depth: int) -> None:
    for leaf in _concatenated(expr):
        if isinstance(leaf, StringLit):
            parts.append(leaf.value)
        elif isinstance(leaf, NumberLit) and not isinstance(leaf.value, bool):
            parts.append(str(leaf.value))
        elif isinstance(leaf, Variable) and not leaf.accessors and depth < _MAX_FOLLOW \
                and (value := resolve(leaf.root)) is not None:
            _collect(value, resolve, parts, roots, depth + 1)
        else:
            parts.append(UNKNOWN)
            roots.update(variable_roots(leaf))


def _concatenated(expr: Expr) -> Iterator[Expr]:
    """The operands of a `~` chain, left to right, without recursion."""
    pending = [expr]
    while pending:
        current = pending.pop()
        if isinstance(current, Group):
            pending.append(current.inner)
        elif isinstance(current, Binary) and current.op.text == "~":
            pending.extend((current.right, current.left))
        else:
            yield current


def variable_roots(expr: Expr) -> set[str]:
    """The roots of every variable inside `expr`, indexes and filter values included."""
    roots: set[str] = set()
    pending: list[object] = [expr]
    while pending:
        current = pending.pop()
        if isinstance(current, Variable):
            roots.add(current.root)
            pending.extend(a.key for a in current.accessors if isinstance(a, Index))
        elif isinstance(current, Filtered):
            pending.append(current.value)
        elif isinstance(current, (Binary, Group)):
            pending.extend(_children(current))
    return roots


def _children(expr: Binary | Group) -> tuple[Expr, ...]:
    return (expr.inner,) if isinstance(expr, Group) else (expr.left, expr.right)
