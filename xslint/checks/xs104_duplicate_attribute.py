"""XS104 duplicate-attribute: the same key twice in one block or object literal.

In any definition: two `key = …` in one block, two clauses of one name in a
definition (`test` may repeat), two fields of one name in an `input` or
`schema`, two entries of one key in an object literal. The platform keeps
one of them, silently.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.diagnostics import Related, Span
from xslint.syntax import Attribute, Block, ObjectEntry, ObjectLit, Section, item_key, walk
from xslint.facts import FileUnit

RULE = BY_CODE["XS104"]
_REPEATABLE_CLAUSES = frozenset({"test"})


def check_file(unit: FileUnit) -> Iterator[Finding]:
    for definition in unit.document.definitions:
        clauses = [(item_key(i), _key_span(i)) for i in definition.body.items
                   if not isinstance(i, Attribute) and item_key(i) not in _REPEATABLE_CLAUSES]
        yield from _duplicates(unit.path, clauses, "clause")
        for node in walk(definition):
            what, keys = _keys(node)
            yield from _duplicates(unit.path, keys, what)


def _keys(node: object) -> tuple[str, list[tuple[str, Span]]]:
    if isinstance(node, Block):
        return "attribute", [(a.key.text, a.key.span) for a in node.attributes()]
    if isinstance(node, ObjectLit):
        return "key", [(e.name, e.key.span) for e in node.entries if isinstance(e, ObjectEntry)]
    if isinstance(node, Section):
        return "field", [(f.name.text, f.name.span) for f in node.fields if f.name is not None]
    return "", []


def _key_span(item: object) -> Span:
    return item.name.span  # type: ignore[attr-defined]


def _duplicates(path: str, keys: Iterable[tuple[str, Span]], what: str) -> Iterator[Finding]:
    first: dict[str, Span] = {}
    for key, span in keys:
        if key in first:
            yield Finding(path, span, f'duplicate {what} "{key}"',
                          "remove one of them; only one takes effect",
                          (Related(path, first[key], f'"{key}" is first given here'),))
        else:
            first[key] = span
