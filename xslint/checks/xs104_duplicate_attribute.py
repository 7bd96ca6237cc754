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
from xslint.checks.nodes import Finder
from xslint.diagnostics import Applicability, Fix, Related, Span
from xslint.facts import FileUnit
from xslint.syntax import (Attribute, Block, Definition, Field, ObjectEntry, ObjectLit, Section, Statement, item_key,
                           item_name)

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


# The nodes that hold keys, found in one pass over each definition.
_KEYED = Finder(Definition, Statement, Field, ObjectLit, Section)


def check_file(unit: FileUnit) -> Iterator[Finding]:
    for definition in unit.document.definitions:
        for node in _KEYED(definition):
            for what, keys in _keys(node):
                yield from _duplicates(unit.path, unit.source.text, keys, what)


Keyed = tuple[str, Span, object]  # the key, where it is written, the item it names


def _keys(node: object) -> list[tuple[str, list[Keyed]]]:
    """The keys of one node that must not repeat, grouped by what they are; a group
    whose keys are all different is left out before spans are gathered (nearly all are)."""
    if isinstance(node, (Statement, Field)):
        if node.body is None:
            return []
        owner = node.name.text if isinstance(node, Statement) else ""
        return _attributes(node.body, _REPEATABLE.get(owner, frozenset()))
    if isinstance(node, ObjectLit):
        entries = [e for e in node.entries if isinstance(e, ObjectEntry)]
        if _all_different([e.name for e in entries]):
            return []
        return [("key", [(e.name, e.key.span, e) for e in entries])]
    if isinstance(node, Section):
        fields = [f for f in node.fields if f.name is not None]
        if _all_different([f.name.text for f in fields]):  # type: ignore[union-attr]
            return []
        return [("field", [(f.name.text, f.name.span, f) for f in fields])]  # type: ignore[union-attr]
    if isinstance(node, Definition):
        repeatable = _REPEATABLE.get(node.kind.text, frozenset()) | _REPEATABLE_CLAUSES
        clauses: list[Keyed] = [(item_key(i), item_name(i).span, i) for i in node.body.items
                                if not isinstance(i, Attribute) and item_key(i) not in repeatable]
        return [("clause", clauses), *_attributes(node.body, repeatable)]
    return []


def _attributes(block: Block, repeatable: frozenset[str]) -> list[tuple[str, list[Keyed]]]:
    attributes = [i for i in block.items if isinstance(i, Attribute)]
    if _all_different([a.key.text for a in attributes]):
        return []
    return [("attribute", [(a.key.text, a.key.span, a) for a in attributes if a.key.text not in repeatable])]


def _all_different(keys: list[str]) -> bool:
    return len(set(keys)) == len(keys)


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
