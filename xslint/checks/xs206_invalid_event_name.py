"""XS206 invalid-event-name: an `event` given as a literal that is empty, holds whitespace, or is not text.

A computed event name (`event = $kind`) cannot be judged and is left alone.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.shared import schema_findings
from xslint.facts import FileUnit
from xslint.schema_owner import Owns

RULE = BY_CODE["XS206"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code)


# The part of the JSON Schemas this rule reports (the `event` value); see schema_owner.py.
SCHEMA = Owns(("realtime_event",), under=("event",))
