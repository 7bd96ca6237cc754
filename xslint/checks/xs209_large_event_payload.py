"""XS209 large-event-payload: `data` that is a whole database record.

`data = $message` right after `db.add "message" … as $message` sends every
column to every subscriber; send the ids and fields clients need.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.syntax import Variable
from xslint.facts import FileUnit, unit_events
from xslint.walk import statements

RULE = BY_CODE["XS209"]
_RECORD_STATEMENTS = frozenset({"db.get", "db.add", "db.edit", "db.patch", "db.add_or_edit", "db.query"})


def check_file(unit: FileUnit) -> Iterator[Finding]:
    records: dict[int, set[str]] = {}
    for event in unit_events(unit):
        data = event.statement.body.attribute("data") if event.statement.body else None
        if data is None or not isinstance(data.value, Variable) or data.value.accessors:
            continue
        key = id(event.definition)
        if key not in records:
            records[key] = _record_variables(event.definition)
        if data.value.root in records[key]:
            root = data.value.root
            yield Finding(unit.path, data.value.span, f'data sends the whole record "{root}"',
                          f"send only what clients need, such as {{id: {root}.id}}")


def _record_variables(definition) -> set[str]:  # noqa: ANN001
    """Variables bound to database records: `db.get/add/edit/… as $x`."""
    return {visit.statement.alias.root for visit in statements(definition.body)
            if visit.statement.alias is not None and visit.statement.name.text in _RECORD_STATEMENTS}
