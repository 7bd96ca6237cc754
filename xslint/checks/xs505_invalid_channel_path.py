"""XS505 invalid-channel-path: a `channel` path template that is malformed or whose parameters lack input.

Segments are separated by `/`; a segment that is wholly `{name}` is a
parameter. Reported: an empty path or segment (`rooms//x`, `rooms/`), braces
that do not span a whole segment (`room_{id}`, `{}`), a parameter named
twice, and a `{param}` with no field of that name in the channel's `input`
(Xano fills each parameter from the joined path into that field).
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.facts import FileUnit
from xslint.realtime_v2.paths import params, path_problems
from xslint.syntax import Definition, Section

RULE = BY_CODE["XS505"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    for definition in unit.document.definitions:
        if definition.kind.text != "channel":
            continue
        path = definition.name_text
        for problem in path_problems(path):
            yield Finding(unit.path, definition.name.span, problem,
                          'separate segments with "/" and write a parameter as a whole segment: "rooms/{room_id}"')
        fields = _input_fields(definition)
        for name in dict.fromkeys(params(path)):
            if name not in fields:
                yield Finding(unit.path, definition.name.span,
                              f'the path parameter "{name}" has no field in the channel input',
                              f"add `int {name}` (or `text {name}`) to the channel's input block")


def _input_fields(definition: Definition) -> set[str]:
    section = definition.body.find("input")
    if not isinstance(section, Section):
        return set()
    return {f.name.text for f in section.fields if f.name is not None}
