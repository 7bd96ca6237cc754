"""XS302 trigger-missing-clause: a `realtime_trigger` without `channel`, `input` or `stack`.

One finding per missing clause, at the definition's header. `response` is
optional, as in Xano's engine schema (rules/trigger-missing-clause.md).

Unsafe fix: a clause that can be written without guessing a value: the
predefined `input` block, an empty `stack`, placed where Xano writes them.
A missing `channel` gets none (which channel is the author's choice), and
neither does a clause whose misspelt form is there (XS103 renames it).
"""

from __future__ import annotations

import re
from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.fixing import clause_insertion, misspelt
from xslint.checks.shared import schema_findings
from xslint.checks.trigger_inputs import block
from xslint.diagnostics import Applicability, Fix
from xslint.facts import FileUnit
from xslint.schema_check import Issue
from xslint.syntax import item_key
from xslint.schema_owner import Owns

RULE = BY_CODE["XS302"]
FIX = Applicability.UNSAFE

# Where Xano's engine writes a realtime trigger's clauses (reference notes §E.3).
ORDER = ("description", "channel", "active", "input", "stack", "response", "tags", "history", "actions")
SKELETONS = {"input": block("realtime_trigger"), "stack": "stack {\n}"}
_MISSING = re.compile(r'.* has no "(\w+)" clause$')


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code, _fix)


def _fix(unit: FileUnit, issue: Issue) -> Fix | None:
    match = _MISSING.match(issue.message)
    definition = next((d for d in unit.document.definitions if d.header == issue.span), None)
    if match is None or definition is None or match.group(1) not in SKELETONS:
        return None
    key = match.group(1)
    if misspelt([item_key(item) for item in definition.body.items], key, ORDER):
        return None
    what = "the predefined input block" if key == "input" else "an empty stack"
    return clause_insertion(unit.source.text, definition.body, key, ORDER, SKELETONS[key], f"add {what}", FIX)


# The part of the JSON Schemas this rule reports (channel, input and stack); see schema_owner.py.
SCHEMA = Owns(("realtime_trigger",), frozenset({"required"}))
