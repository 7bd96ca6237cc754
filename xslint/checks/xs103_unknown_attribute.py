"""XS103 unknown-attribute: a key the channel or trigger does not know, at any level.

The message suggests the closest known key; known keys are the schemas' `properties`.

Unsafe fix: the did-you-mean key, when one known key is close and the block or object
does not have it already (a renamed key in a column of aligned colons keeps the column).
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.fixing import guessed
from xslint.checks.shared import schema_findings
from xslint.diagnostics import Applicability
from xslint.facts import FileUnit
from xslint.schema_owner import Owns, LEGACY, CURRENT, PUBLISH

RULE = BY_CODE["XS103"]
FIX = Applicability.UNSAFE


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code, guessed(FIX))


# The part of the JSON Schemas this rule reports (keys no schema lists); see schema_owner.py.
SCHEMA = Owns(LEGACY + CURRENT + PUBLISH, frozenset({"additionalProperties"}))
