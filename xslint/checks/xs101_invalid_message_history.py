"""XS101 invalid-message-history: `settings.message_history` not one of 0, 25, 50, 100, 250, 1000.

The value set comes from the `enum` of schemas/realtime_channel.schema.json.

Unsafe fix: the allowed value nearest to the written number (the smaller one on a tie).
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.fixing import guessed
from xslint.checks.shared import schema_findings
from xslint.diagnostics import Applicability
from xslint.facts import FileUnit
from xslint.schema_owner import Owns

RULE = BY_CODE["XS101"]
FIX = Applicability.UNSAFE


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code, guessed(FIX))


# The part of the JSON Schemas this rule reports (the value sets of schemas/realtime_channel.schema.json (message_history)); see schema_owner.py.
SCHEMA = Owns(("realtime_channel",), frozenset({"enum"}))
