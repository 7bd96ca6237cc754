"""XS109 incomplete-channel-settings: a `settings` object without all five keys.

The platform requires every key once `settings` is given (the schema's `required`).
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.shared import schema_findings
from xslint.facts import FileUnit

RULE = BY_CODE["XS109"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code)
