"""XS512 realtime-trigger-input-modified: a server or channel trigger `input` unlike its fixed schema.

Xano fills the input of current-Realtime triggers itself and normalizes it
on push; a changed copy describes fields the trigger never receives. The
fixed inputs come from Xano's engine (RealtimeServerTrigger, ChannelTrigger)
and its Realtime V2 documentation. Order and layout do not matter; a
missing `input` block is reported at the header. The comparison is XS305's.

Safe fix: the fixed block in place of the changed one (or added before the
`stack` when there is none), in the indentation of the definition's clauses.
"""

from __future__ import annotations

from functools import cache
from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.xs305_trigger_input_modified import Shape, _difference, _shape
from xslint.checks.fixing import block_fix, clause_insertion
from xslint.diagnostics import Applicability
from xslint.facts import FileUnit
from xslint.syntax import Section

RULE = BY_CODE["XS512"]
FIX = Applicability.SAFE

_CLIENT = """object client {
  schema {
    json extras
    object permissions {
      schema {
        int dbo_id
        text row_id
      }
    }
  }
}"""
# Where Xano writes the clauses of a trigger (an added input goes before the stack).
ORDER = ("description", "realtime_server", "channel", "active", "input", "stack", "response", "tags", "history",
         "actions")
FIXED = {
    "realtime_server_trigger": 'enum action {\n  values = ["connect", "disconnect"]\n}\n'
                               f"text realtime_server\n{_CLIENT}",
    "channel_trigger": 'enum action {\n  values = ["join", "leave", "deliver"]\n}\n'
                       f"text channel\njson payload\n{_CLIENT}",
}


def check_file(unit: FileUnit) -> Iterator[Finding]:
    for definition in unit.document.definitions:
        kind = definition.kind.text
        if kind not in FIXED:
            continue
        help = f"use the fixed {kind} input block unchanged; the server fills it"
        section = definition.body.find("input")
        text, block = unit.source.text, _block(kind)
        if not isinstance(section, Section):
            fix = clause_insertion(text, definition.body, "input", ORDER, block, f"add the fixed {kind} input block",
                                   FIX)
            yield Finding(unit.path, definition.header, f'{kind} "{definition.name_text}" has no input block', help,
                          fix=fix)
            continue
        difference = _difference(_shape(section.fields), _fixed(kind), "")
        if difference:
            message, span = difference
            yield Finding(unit.path, span or section.name.span, message, help,
                          fix=block_fix(text, section.span, block, f"restore the fixed {kind} input block", FIX))


def _block(kind: str) -> str:
    """The input block with two-space levels, starting at the first level."""
    return "input {\n" + "\n".join("  " + line for line in FIXED[kind].splitlines()) + "\n}"


@cache
def _fixed(kind: str) -> Shape:
    from xslint.parser import parse

    document = parse(f"{kind} fixed {{\n  input {{\n{FIXED[kind]}\n  }}\n}}\n").document
    section = document.definitions[0].body.find("input")
    return _shape(section.fields)  # type: ignore[union-attr]
