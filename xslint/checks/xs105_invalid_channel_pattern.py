"""XS105 invalid-channel-pattern: a `realtime_channel` name that is not a valid pattern.

Empty, with whitespace, with an empty segment (`room::x`, `room:`, `chat/`), or
a `*` that is not a whole segment (`ro*m`, `**`). Segments are separated by `/`
or `:` (SPEC §2).
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.channels import pattern_problem
from xslint.checks.base import Finding
from xslint.facts import FileUnit

RULE = BY_CODE["XS105"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    for definition in unit.document.definitions:
        if definition.kind.text != "realtime_channel":
            continue
        problem = pattern_problem(definition.name_text)
        if problem:
            yield Finding(unit.path, definition.name.span, problem,
                          'use segments of text separated by "/" or ":", or "*" for one whole segment, '
                          'such as "chat/*" or "room:*"')
