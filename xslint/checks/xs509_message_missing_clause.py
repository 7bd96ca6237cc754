"""XS509 message-missing-clause: a `message` without `input`, `stack` or `response`.

The `required` clauses of schemas/message.schema.json other than its parents.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.shared import schema_findings
from xslint.facts import FileUnit
from xslint.schema_owner import Owns, CURRENT, PUBLISH

RULE = BY_CODE["XS509"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code)


# The part of the JSON Schemas this rule reports (the other required clauses); see schema_owner.py.
SCHEMA = Owns(CURRENT + PUBLISH, frozenset({"required"}))
