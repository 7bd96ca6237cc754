"""Evaluating a channel expression statically into a template (SPEC §2).

String literals (and numbers) are known text; `a ~ b` and `a|concat:b` join
(Xano's visual builder writes the filter form; `a|concat:b:sep` puts `sep`
between); a variable set once earlier in the same stack is followed; anything
else is an unknown part. Filters that keep text text (`to_text`, case and
trim filters) leave known parts known where that is certain; any other filter
makes only the part it applies to unknown, never the whole expression around
it. Disabled filters (`|!name`) do not run and are skipped. The roots of the
variables behind unknown parts are kept, so a rule can tell a channel built
from `$input`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

from xslint.channels import UNKNOWN, Template, template
from xslint.syntax import (
    Binary, Expr, Filter, Filtered, Group, Index, NumberLit, StringLit, Variable,
)

Resolve = Callable[[str], "Expr | None"]
Parts = list["str | None"]
_MAX_FOLLOW = 16  # variables followed through other variables, at most
_IDENTITY = frozenset({"to_text"})  # text in, the same text out
_CASE = {"to_lower": str.lower, "to_upper": str.upper}
_TRIM = {"trim": (True, True), "ltrim": (True, False), "rtrim": (False, True)}


@dataclass(frozen=True, slots=True)
class ChannelTemplate:
    parts: Template
    roots: frozenset[str]  # variable roots behind the unknown parts (`$input`, `$auth`, …)


def evaluate(expr: Expr, resolve: Resolve) -> ChannelTemplate:
    parts: Parts = []
    roots: set[str] = set()
    _collect(expr, resolve, parts, roots, 0)
    return ChannelTemplate(template(*parts), frozenset(roots))


def _collect(expr: Expr, resolve: Resolve, parts: Parts, roots: set[str], depth: int) -> None:
    for leaf in _concatenated(expr):
        if isinstance(leaf, StringLit):
            parts.append(leaf.value)
        elif isinstance(leaf, NumberLit) and not isinstance(leaf.value, bool):
            parts.append(str(leaf.value))
        elif isinstance(leaf, Variable) and not leaf.accessors and depth < _MAX_FOLLOW \
                and (value := resolve(leaf.root)) is not None:
            _collect(value, resolve, parts, roots, depth + 1)
        elif isinstance(leaf, Filtered) and depth < _MAX_FOLLOW:
            parts.extend(_filtered(leaf, resolve, roots, depth + 1))
        else:
            parts.append(UNKNOWN)
            roots.update(variable_roots(leaf))


def _filtered(expr: Filtered, resolve: Resolve, roots: set[str], depth: int) -> Parts:
    """The parts of `value|f|g…`, applying each filter whose effect on text is known."""
    parts: Parts = []
    _collect(expr.value, resolve, parts, roots, depth)
    for applied in expr.filters:
        if applied.disabled or applied.name.text in _IDENTITY:
            continue
        parts = _apply(applied, parts, resolve, roots, depth)
    return parts


def _apply(applied: Filter, parts: Parts, resolve: Resolve, roots: set[str], depth: int) -> Parts:
    name = applied.name.text
    if name == "concat" and applied.args:
        joined = list(parts)
        if len(applied.args) > 1:  # `a|concat:b:sep` is a, sep, b
            _collect(applied.args[1], resolve, joined, roots, depth)
        _collect(applied.args[0], resolve, joined, roots, depth)
        return joined
    if name in _CASE:
        return [UNKNOWN if p is UNKNOWN else _CASE[name](p) for p in parts]
    if name in _TRIM:
        return _trimmed(parts, *_TRIM[name])
    roots.update(r for arg in applied.args for r in variable_roots(arg))
    return [UNKNOWN]


def _trimmed(parts: Parts, left: bool, right: bool) -> Parts:
    """Whitespace trimmed off the known text at the ends (an unknown end stays unknown)."""
    result = list(template(*parts))
    if left and result and result[0] is not UNKNOWN:
        result[0] = result[0].lstrip()
    if right and result and result[-1] is not UNKNOWN:
        result[-1] = result[-1].rstrip()
    return result


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
            pending.extend(arg for f in current.filters for arg in f.args)
        elif isinstance(current, (Binary, Group)):
            pending.extend(_children(current))
    return roots


def _children(expr: Binary | Group) -> tuple[Expr, ...]:
    return (expr.inner,) if isinstance(expr, Group) else (expr.left, expr.right)
