"""XS508 missing-parent-reference: a current-Realtime object that does not say where it belongs.

A `channel` without `realtime_server`; a `message` or `channel_trigger`
without `realtime_server` or `channel`; a `realtime_server_trigger` without
`realtime_server`; a `realtime.publish` without `realtime_server`, `channel`
or `data`: the `required` parent keys of the current-Realtime schemas
(xslint/realtime_v2/schema.py files the other required keys elsewhere).
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.shared import schema_findings
from xslint.facts import FileUnit
from xslint.schema_owner import Owns, CURRENT, PUBLISH

RULE = BY_CODE["XS508"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code)


# The part of the JSON Schemas this rule reports (the parent references (and a publish's data)); see schema_owner.py.
SCHEMA = Owns(CURRENT + PUBLISH, frozenset({"required"}), keys=frozenset({"realtime_server", "channel", "data"}))
