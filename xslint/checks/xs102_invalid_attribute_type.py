"""XS102 invalid-attribute-type: a channel or trigger attribute of the wrong type.

Channel and trigger settings take literals only, so an expression is a wrong type too
(`active = $flag`); the types come from the channel and trigger schemas.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.shared import schema_findings
from xslint.facts import FileUnit
from xslint.schema_owner import Owns, LEGACY, CURRENT, PUBLISH

RULE = BY_CODE["XS102"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code)


# The part of the JSON Schemas this rule reports (any other wrong value, in every definition schema and realtime.publish); see schema_owner.py.
SCHEMA = Owns(LEGACY + CURRENT + PUBLISH)
