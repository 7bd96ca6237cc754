"""XS208 untrusted-channel-input: a query builds a channel from `$input` with no precondition before it.

Any caller of the endpoint chooses the channel, and so can push events into
any channel of that pattern (another tenant's, another user's). A
`precondition` earlier in the stack is where the endpoint checks the caller
may use it.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.facts import FileUnit, unit_events

RULE = BY_CODE["XS208"]


def check_file(unit: FileUnit) -> Iterator[Finding]:
    for event in unit_events(unit):
        if event.definition.kind.text != "query" or event.template is None or event.channel is None:
            continue
        if "$input" not in event.template.roots:
            continue
        if any(statement.name.text == "precondition" for statement in event.before):
            continue
        yield Finding(unit.path, event.channel.value.span,
                      "the channel is built from $input with no precondition before it",
                      "check that the caller may use this channel with a precondition before sending")
