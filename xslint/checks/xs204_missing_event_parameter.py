"""XS204 missing-event-parameter: `api.realtime_event` without `channel` or `data`.

Reported at the statement's name, the header of what lacks the parameter.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.shared import schema_findings
from xslint.facts import FileUnit
from xslint.schema_owner import Owns

RULE = BY_CODE["XS204"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code)


# The part of the JSON Schemas this rule reports (channel and data); see schema_owner.py.
SCHEMA = Owns(("realtime_event",), frozenset({"required"}))
