"""XS103 unknown-attribute: a key the channel or trigger does not know, at any level.

The message suggests the closest known key; known keys are the schemas' `properties`.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.shared import schema_findings
from xslint.facts import FileUnit

RULE = BY_CODE["XS103"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code)
