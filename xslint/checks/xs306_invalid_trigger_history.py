"""XS306 invalid-trigger-history: a trigger `history` other than `false`, `inherit`, `all` or a non-negative integer.

`inherit` and `all` may be written bare or quoted. Any integer limit is
accepted because Xano's engine stores one and writes it back on pull.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.shared import schema_findings
from xslint.facts import FileUnit
from xslint.schema_owner import Owns

RULE = BY_CODE["XS306"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code)


# The part of the JSON Schemas this rule reports (the `history` value); see schema_owner.py.
SCHEMA = Owns(("realtime_trigger",), under=("history",))
