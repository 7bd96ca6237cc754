"""XS303 invalid-trigger-actions: `actions` keys other than `join` and `message`, or values that are not booleans.

`connection`, from older docs, Xano's Metadata API example and the VS Code
template, is one such key (it belongs to agent and MCP server triggers); its
finding says so.

Unsafe fix: `connection` becomes `join`, a misspelt action its close match;
none when the object already has that action, or for a value that is not a boolean.
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

RULE = BY_CODE["XS303"]
FIX = Applicability.UNSAFE


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code, guessed(FIX))


# The part of the JSON Schemas this rule reports (everything under `actions`); see schema_owner.py.
SCHEMA = (Owns(("realtime_trigger",), under=("actions",)),
          Owns(("realtime_trigger",), frozenset({"additionalProperties"}), under=("actions",)))
