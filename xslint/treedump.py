"""A readable, stable text form of the typed syntax tree (for the parser's snapshot tests and debugging).

    Definition @0..161
      kind: Name "realtime_channel" @0..16
      name: StringLit "room:*" quote='"' @17..25
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any

from xslint.diagnostics import Span

_SCALARS = ("text", "value", "name", "root", "quote")


def dump(node: Any) -> str:
    lines: list[str] = []
    _dump(node, "", 0, lines)
    return "\n".join(lines) + "\n"


def _dump(node: Any, label: str, depth: int, lines: list[str]) -> None:
    pad = "  " * depth
    if isinstance(node, tuple):
        lines.append(f"{pad}{label}[]" if not node else f"{pad}{label}[{len(node)}]")
        for child in node:
            _dump(child, "- ", depth + 1, lines)
        return
    if not is_dataclass(node):
        lines.append(f"{pad}{label}{node!r}")
        return
    head, children = _describe(node)
    lines.append(f"{pad}{label}{head}")
    for name, value in children:
        _dump(value, f"{name}: ", depth + 1, lines)


def _describe(node: Any) -> tuple[str, list[tuple[str, Any]]]:
    """`Kind scalars… @start..end` on one line; nested nodes as children."""
    head = [type(node).__name__]
    children: list[tuple[str, Any]] = []
    span = None
    for field in fields(node):
        value = getattr(node, field.name)
        if isinstance(value, Span):
            span = value
        elif field.name in _SCALARS and not is_dataclass(value):
            head.append(f"{value!r}" if field.name != "quote" else f"quote={value!r}")
        elif isinstance(value, bool):
            if value:
                head.append(field.name)
        elif value is not None and value != ():
            children.append((field.name, value))
    if span is not None:
        head.append(f"@{span.start}..{span.end}")
    return " ".join(head), children
