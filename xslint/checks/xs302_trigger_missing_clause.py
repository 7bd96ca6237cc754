"""XS302 trigger-missing-clause: a `realtime_trigger` without `channel`, `input` or `stack`.

One finding per missing clause, at the definition's header. `response` is
optional, as in Xano's engine schema (rules/trigger-missing-clause.md).
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.shared import schema_findings
from xslint.facts import FileUnit

RULE = BY_CODE["XS302"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code)
