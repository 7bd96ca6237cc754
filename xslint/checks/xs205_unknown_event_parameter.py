"""XS205 unknown-event-parameter: an `api.realtime_event` parameter that does not exist.

Known parameters are those of schemas/realtime_event.schema.json.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.shared import schema_findings
from xslint.facts import FileUnit
from xslint.schema_owner import Owns

RULE = BY_CODE["XS205"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code)


# The part of the JSON Schemas this rule reports (keys schemas/realtime_event.schema.json does not list); see schema_owner.py.
SCHEMA = Owns(("realtime_event",), frozenset({"additionalProperties"}))
