"""XS306 invalid-trigger-history: a trigger `history` other than `false`, `inherit`, `0`, `100`, `1000`, `10000`, `all`.

`inherit` and `all` may be written bare or quoted.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.shared import schema_findings
from xslint.facts import FileUnit

RULE = BY_CODE["XS306"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code)
