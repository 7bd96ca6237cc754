"""XS104 duplicate-attribute: the same key twice in one block or object literal.

In any definition: two `key = …` in one block, two clauses of one name in a
definition, two fields of one name in an `input` or `schema`, two entries of
one key in an object literal. The platform keeps one of them, silently.

Keys that a statement or definition takes several times are not duplicates:
the engine's schema (vendor/xs-engine/kinds.json, `repeating_blocks` and `key[]`)
lists them, such as one `arg` per `?` placeholder of `db.direct_query`.

Safe fix: drop a later duplicate whose text is identical to the first one's
(the value, for an attribute or object entry; the whole item otherwise).
Nothing can change, since both say the same; a duplicate with another value
gets no fix, as which one the author meant is a guess.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.fixing import removal, replace
from xslint.diagnostics import Applicability, Fix, Related, Span
from xslint.facts import FileUnit
from xslint.syntax import (Attribute, Block, Definition, Field, ObjectEntry, ObjectLit, Section, Statement, item_key,
                           item_name, walk)

RULE = BY_CODE["XS104"]
FIX = Applicability.SAFE

_DIRECT_QUERY = frozenset({"arg", "mock"})
# statement or definition kind → the keys it may take more than once
_REPEATABLE: dict[str, frozenset[str]] = {
    "db.direct_query": _DIRECT_QUERY,
    **{f"db.external.{engine}.direct_query": _DIRECT_QUERY
       for engine in ("mssql", "mysql", "oracle", "postgres", "snowflake")},
    "db.query": frozenset({"sort"}),
    "stream.from_request": frozenset({"headers"}),
    "switch": frozenset({"case"}),
    "conditional": frozenset({"elseif"}),
    "test": frozenset({"expect"}),
    "microservice": frozenset({"config", "volume", "ingress"}),
    "deployment": frozenset({"container"}),
    "container": frozenset({"volume"}),
    "market_item": frozenset({"tablemap"}),
}
_REPEATABLE_CLAUSES = frozenset({"test"})  # in every definition that has tests


def check_file(unit: FileUnit) -> Iterator[Finding]:
    for definition in unit.document.definitions:
        for node in walk(definition):
            for what, keys in _keys(node):
                yield from _duplicates(unit.path, unit.source.text, keys, what)


Keyed = tuple[str, Span, object]  # the key, where it is written, the item it names


def _keys(node: object) -> list[tuple[str, list[Keyed]]]:
    """The keys of one node that must not repeat, grouped by what they are."""
    if isinstance(node, Definition):
        single = _single_valued(node.kind.text, _REPEATABLE_CLAUSES)
        clauses: list[Keyed] = [(item_key(i), item_name(i).span, i) for i in node.body.items
                   if not isinstance(i, Attribute) and single(item_key(i))]
        return [("clause", clauses), ("attribute", _attributes(node.body, single))]
    if isinstance(node, (Statement, Field)) and node.body is not None:
        owner = node.name.text if isinstance(node, Statement) else ""
        return [("attribute", _attributes(node.body, _single_valued(owner)))]
    if isinstance(node, ObjectLit):
        return [("key", [(e.name, e.key.span, e) for e in node.entries if isinstance(e, ObjectEntry)])]
    if isinstance(node, Section):
        return [("field", [(f.name.text, f.name.span, f) for f in node.fields if f.name is not None])]
    return []


def _attributes(block: Block, single) -> list[Keyed]:  # noqa: ANN001
    return [(a.key.text, a.key.span, a) for a in block.attributes() if single(a.key.text)]


def _single_valued(owner: str, also: frozenset[str] = frozenset()):  # noqa: ANN202
    repeatable = _REPEATABLE.get(owner, frozenset()) | also
    return lambda key: key not in repeatable


def _duplicates(path: str, text: str, keys: Iterable[Keyed], what: str) -> Iterator[Finding]:
    first: dict[str, tuple[Span, object]] = {}
    for key, span, node in keys:
        if key in first:
            yield Finding(path, span, f'duplicate {what} "{key}"',
                          "remove one of them; only one takes effect",
                          (Related(path, first[key][0], f'"{key}" is first given here'),),
                          _fix(text, first[key][1], node, what, key))
        else:
            first[key] = (span, node)


def _fix(text: str, first: object, again: object, what: str, key: str) -> Fix | None:
    """Drop `again` when it says exactly what `first` says."""
    if _said(text, first) != _said(text, again):
        return None
    span = again.span  # type: ignore[attr-defined]
    return replace(removal(text, span), "", f'remove the second {what} "{key}", identical to the first',
                   Applicability.SAFE)


def _said(text: str, node: object) -> str:
    """The text that must agree: an attribute's or entry's value, else the whole item."""
    if isinstance(node, (Attribute, ObjectEntry)):
        span = node.value.span
    else:
        span = node.span  # type: ignore[attr-defined]
    return text[span.start:span.end]
