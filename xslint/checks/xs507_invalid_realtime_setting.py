"""XS507 invalid-realtime-setting: a current-Realtime value outside its documented set.

`publish.who` (nobody, anyone, authenticated), `deliver_to` (channel, sender,
others, explicit) and `delivery.guarantee` (at_most_once, at_least_once): the
`enum`s of schemas/channel.schema.json and schemas/message.schema.json.

Unsafe fix: the one allowed value close to a misspelt one; none when nothing is close.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.fixing import guessed
from xslint.checks.shared import schema_findings
from xslint.diagnostics import Applicability
from xslint.facts import FileUnit
from xslint.schema_owner import Owns, CURRENT, PUBLISH

RULE = BY_CODE["XS507"]
FIX = Applicability.UNSAFE


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code, guessed(FIX))


# The part of the JSON Schemas this rule reports (the value sets of the current-Realtime schemas); see schema_owner.py.
SCHEMA = Owns(CURRENT + PUBLISH, frozenset({"enum"}))
