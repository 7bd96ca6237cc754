"""Helpers the rules' fixes share: lines, indentation, line endings, removals.

A fix must look as if the file's author had made it: text it inserts uses
the file's own line ending (CRLF files exist) and the indentation of the
lines around it, and a removal takes the whole line when the removed thing
stood alone on it, so no blank or half-empty line is left behind.
"""

from __future__ import annotations

import difflib
import re

from xslint.diagnostics import Applicability, Edit, Fix, Span
from xslint.syntax import Block, item_key


def newline(text: str) -> str:
    """The file's line ending: CRLF when its first line break is one."""
    first = text.find("\n")
    return "\r\n" if first > 0 and text[first - 1] == "\r" else "\n"


def line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def line_end(text: str, offset: int) -> int:
    """The offset just past the line break of the line holding `offset` (or the text's end)."""
    end = text.find("\n", offset)
    return len(text) if end < 0 else end + 1


def indent_of(text: str, offset: int) -> str:
    """The blanks that begin the line holding `offset` (a BOM is not indentation)."""
    start = line_start(text, offset)
    line = text[start:offset].lstrip("\ufeff")
    return line[:len(line) - len(line.lstrip(" \t"))]


def alone_on_lines(text: str, span: Span) -> bool:
    """Whether only blanks (and one trailing comma) share the span's first and last lines."""
    before = text[line_start(text, span.start):span.start].lstrip("\ufeff")
    after = text[span.end:line_end(text, span.end)].strip()
    return not before.strip(" \t") and after in ("", ",")


def removal(text: str, span: Span) -> Span:
    """What to delete to remove the item at `span` with its separator.

    Its whole lines when it stands alone on them; inside a line, the comma
    before it (or after it) and the blanks next to that, else the blanks before it.
    """
    if alone_on_lines(text, span):
        return Span(line_start(text, span.start), line_end(text, span.end))
    start = span.start
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    if start > 0 and text[start - 1] == ",":
        return Span(start - 1, span.end)
    end = span.end
    while end < len(text) and text[end] in " \t":
        end += 1
    if end < len(text) and text[end] == ",":
        end += 1
        while end < len(text) and text[end] in " \t":
            end += 1
        return Span(span.start, end)
    return Span(start, span.end)


def reindent(block: str, base: str, unit: str, nl: str) -> str:
    """A block written with two-space levels, re-indented: every line after the
    first gets `base` in front and each two-space level becomes `unit`."""
    lines = block.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        stripped = line.lstrip(" ")
        levels = (len(line) - len(stripped)) // 2
        out.append(base + unit * levels + stripped if stripped else "")
    return nl.join(out)


def unit_of(base: str) -> str:
    """The indentation unit of a file whose first nesting level is indented by `base`."""
    return base or "  "


def close(text: str, known: list[str] | tuple[str, ...], cutoff: float = 0.6) -> str | None:
    """The one close match of `text` among `known` (the did-you-mean of a message), or None."""
    matches = difflib.get_close_matches(text, list(known), n=1, cutoff=cutoff)
    return matches[0] if matches else None


def replace(span: Span, text: str, title: str, applicability: Applicability) -> Fix:
    return Fix(title, (Edit(span, text),), applicability)


def quoted_inner(source: str, span: Span, value: str) -> Span | None:
    """The span inside the quotes of a plain string literal whose text is `value`
    (None when it is written with escapes, parentheses or anything else)."""
    written = source[span.start:span.end]
    if len(written) == len(value) + 2 and written[0] in "\"'" and written[-1] == written[0] \
            and written[1:-1] == value:
        return Span(span.start + 1, span.end - 1)
    return None


def block_fix(text: str, at: Span, block: str, title: str, applicability: Applicability) -> Fix:
    """Replace the item at `at` (a clause at the first level of a definition) by
    `block`, written with two-space levels, in the indentation of the item's line."""
    base = indent_of(text, at.start)
    return replace(at, reindent(block, base, unit_of(base), newline(text)), title, applicability)


def clause_insertion(text: str, body: Block, key: str, order: tuple[str, ...], block: str, title: str,
                     applicability: Applicability) -> Fix | None:
    """Insert the clause `block` (two-space levels) into a definition's body: before
    the clause that comes next after `key` in `order`, else after the last one."""
    rank = order.index(key) if key in order else len(order)
    later = sorted((order.index(item_key(item)), item.span.start, item) for item in body.items
                   if item_key(item) in order[rank + 1:])
    nl = newline(text)
    if later:
        follower = later[0][2]  # the clause that comes next after `key` in Xano's order
        at = line_start(text, follower.span.start)
        base = indent_of(text, follower.span.start)
        if not alone_on_lines(text, follower.span):
            return None  # several clauses on one line: nowhere obvious to put it
        return replace(Span(at, at), base + reindent(block, base, unit_of(base), nl) + nl, title, applicability)
    brace = body.span.end - 1
    base = indent_of(text, body.items[-1].span.start) if body.items else "  "
    start = line_start(text, brace)
    if text[start:brace].strip(" \t\ufeff"):
        return None  # the brace shares its line with something: no line to insert before
    return replace(Span(start, start), base + reindent(block, base, unit_of(base), nl) + nl, title, applicability)


def rename(text: str, span: Span, new: str | None, applicability: Applicability) -> Fix | None:
    """Write `new` in place of the key or value at `span`, keeping its quotes.

    The title quotes both (`replace "descripton" with "description"`),
    numbers stay bare (`replace 500 with 250`).
    """
    if new is None or span.end <= span.start:
        return None
    written = text[span.start:span.end]
    quoted = len(written) >= 2 and written[0] in "\"'" and written[-1] == written[0]
    if quoted:
        old, span = written[1:-1], Span(span.start + 1, span.end - 1)
    else:
        old = written
    if "\n" in old or old == new:
        return None
    number = not quoted and new.lstrip("-").replace(".", "", 1).isdigit()
    shown = (old, new) if number else (f'"{old}"', f'"{new}"')
    title = f"replace {shown[0]} with {shown[1]}"
    edits = [Edit(span, new)]
    pad = _ALIGNED.match(text, span.end + (1 if quoted else 0))
    if pad:  # a key in a column of aligned colons: keep its colon where it was
        wanted = max(len(pad.group(1)) + len(old) - len(new), 0)
        edits.append(Edit(Span(pad.start(1), pad.end(1)), " " * wanted))
    return Fix(title, tuple(edits), applicability)


_ALIGNED = re.compile(r"( {2,}):")


def guessed(applicability: Applicability):  # noqa: ANN201 - a schema_findings fixer
    """A fixer for schema issues: write the issue's guess in place of what it points at."""
    def fixer(unit, issue):  # noqa: ANN001, ANN202
        return rename(unit.source.text, issue.span, issue.guess, applicability)
    return fixer


def rename_literal(span: Span, old: str, new: str | None, applicability: Applicability) -> Fix | None:
    """Write `new` inside the quotes of the string literal `"old"` at `span`, for
    rules that see a reference's text and span but not the file's text (a literal
    written with escapes or parentheses is longer than `old` and its quotes: no fix)."""
    if new is None or new == old or span.end - span.start != len(old) + 2:
        return None
    return replace(Span(span.start + 1, span.end - 1), new, f'replace "{old}" with "{new}"', applicability)


def misspelt(written: list[str], key: str, known: list[str] | tuple[str, ...]) -> bool:
    """Whether one of the `written` keys is a misspelling of `key`: XS103's fix
    renames it, so adding `key` as well would leave two."""
    return any(name not in known and close(name, known) == key for name in written)
