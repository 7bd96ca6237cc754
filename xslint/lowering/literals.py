"""Turning literal tokens into values: strings with their escapes, numbers."""

from __future__ import annotations

import re

from xslint.diagnostics import Span
from xslint.lowering import make
from xslint.syntax import ExpressionLit, NumberLit, StringLit

# C-style escapes, as Xano's encoder writes them; any other escaped character
# stands for itself.
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "f": "\f", "v": "\v", "e": "\x1b"}
_ESCAPE = re.compile(r"\\(.)", re.S)


def _unescape(body: str) -> str:
    if "\\" not in body:
        return body
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), body)


def _dedent_block(body: str) -> str:
    """The text of a `\"\"\"` block: the opening line break is dropped and the
    closing delimiter's indentation is removed from every line."""
    lines = body.split("\n")
    if lines and not lines[0].strip():
        lines = lines[1:]
    indent = ""
    if lines and not lines[-1].strip():
        indent = lines.pop()
    indent = indent.rstrip("\r")
    return "\n".join(line[len(indent):] if line.startswith(indent) else line for line in lines)


def string_literal(raw: str, span: Span) -> StringLit | ExpressionLit:
    """A string token as written (delimiters included) turned into its value."""
    for fence in ('"""', "'''"):
        if raw.startswith(fence) and len(raw) >= 6:
            return make.StringLit(_dedent_block(raw[3:-3]), fence, span)
    if raw.startswith("```"):
        return make.ExpressionLit(raw[3:-3].strip(), span)
    if raw.startswith("`"):
        # `\`` only keeps the delimiter from closing the expression; other escapes
        # belong to the strings inside it.
        return make.ExpressionLit(raw[1:-1].replace("\\`", "`"), span)
    return make.StringLit(_unescape(raw[1:-1]), raw[0], span)


def number_literal(raw: str, span: Span) -> NumberLit:
    return make.NumberLit(float(raw) if "." in raw else int(raw), span)
