"""XS203 nested-channel-disabled: an event name that matches only as a sub-channel.

`"room:" ~ $id ~ ":typing"` against `room:*` without `nested_channels`: the
name has more segments than the pattern, which only nesting allows.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.events import shown
from xslint.checks.shared import verdict
from xslint.diagnostics import Related
from xslint.workspace import Workspace

RULE = BY_CODE["XS203"]


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    for event in workspace.events:
        judged = verdict(workspace, event)
        if judged.kind != "nested":
            continue
        parent = judged.channels[0]
        related = tuple(Related(c.path, c.span, f'"{c.pattern.text}" does not allow nested channels')
                        for c in judged.channels)
        yield Finding(event.path, event.span,
                      f'"{shown(event.parts)}" is a sub-channel of "{parent.pattern.text}", '
                      "which does not allow nested channels",
                      f'set nested_channels: true in the settings of "{parent.pattern.text}"', related)
