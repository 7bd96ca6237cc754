"""XS507 invalid-realtime-setting: a current-Realtime value outside its documented set.

`publish.who` (nobody, anyone, authenticated), `deliver_to` (channel, sender,
others, explicit) and `delivery.guarantee` (at_most_once, at_least_once): the
`enum`s of schemas/channel.schema.json and schemas/message.schema.json.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.shared import schema_findings
from xslint.facts import FileUnit

RULE = BY_CODE["XS507"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code)
