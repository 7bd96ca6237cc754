"""XS511 invalid-realtime-trigger-actions: trigger `actions` that do not exist or are not booleans.

A `realtime_server_trigger` knows `connect` and `disconnect`, a
`channel_trigger` `join`, `leave` and `deliver`: the `actions` objects of
their schemas. Legacy keys (`message`) belong to `realtime_trigger`.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.shared import schema_findings
from xslint.facts import FileUnit
from xslint.schema_owner import Owns

RULE = BY_CODE["XS511"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code)


# The part of the JSON Schemas this rule reports (everything under a trigger's `actions`); see schema_owner.py.
SCHEMA = (Owns(("realtime_server_trigger", "channel_trigger"), under=("actions",)),
          Owns(("realtime_server_trigger", "channel_trigger"), frozenset({"additionalProperties"}), under=("actions",)))
