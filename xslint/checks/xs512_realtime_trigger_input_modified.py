"""XS512 realtime-trigger-input-modified: a server or channel trigger `input` unlike its fixed schema.

Xano fills the input of current-Realtime triggers itself and normalizes it
on push; a changed copy describes fields the trigger never receives. The
fixed inputs come from Xano's engine (RealtimeServerTrigger, ChannelTrigger)
and its Realtime V2 documentation (`trigger_inputs.py`). Order and layout do
not matter; a missing `input` block is reported at the header.

Safe fix: the fixed block in place of the changed one (or added before the
`stack` when there is none), in the indentation of the definition's clauses.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.fixing import block_fix, clause_insertion
from xslint.checks.trigger_inputs import block, difference
from xslint.diagnostics import Applicability
from xslint.facts import FileUnit
from xslint.syntax import Section

RULE = BY_CODE["XS512"]
FIX = Applicability.SAFE

# Where Xano writes the clauses of a trigger (an added input goes before the stack).
ORDER = ("description", "realtime_server", "channel", "active", "input", "stack", "response", "tags", "history",
         "actions")


def check_file(unit: FileUnit) -> Iterator[Finding]:
    for definition in unit.document.definitions:
        kind = definition.kind.text
        if kind not in ("realtime_server_trigger", "channel_trigger"):
            continue
        help = f"use the fixed {kind} input block unchanged; the server fills it"
        section = definition.body.find("input")
        text, fixed = unit.source.text, block(kind)
        if not isinstance(section, Section):
            fix = clause_insertion(text, definition.body, "input", ORDER, fixed, f"add the fixed {kind} input block",
                                   FIX)
            yield Finding(unit.path, definition.header, f'{kind} "{definition.name_text}" has no input block', help,
                          fix=fix)
            continue
        found = difference(section, kind)
        if found:
            message, span = found
            yield Finding(unit.path, span or section.name.span, message, help,
                          fix=block_fix(text, section.span, fixed, f"restore the fixed {kind} input block", FIX))
