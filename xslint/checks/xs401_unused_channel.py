"""XS401 unused-channel: a declared channel that no event or trigger uses.

A channel counts as used when some event's channel can match it or a trigger
listens on it (a trigger on `"<channel id>|<pattern>"` uses `<pattern>`;
disabled events never run and use nothing). An event whose channel has no known part (XS207) could
use any channel, so while there is one, no channel is reported.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.shared import verdict
from xslint.checks.triggers import listened
from xslint.workspace import Workspace

RULE = BY_CODE["XS401"]


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    used: set[int] = set()
    for event in workspace.events:
        judged = verdict(workspace, event)
        if judged.kind == "unresolved":
            return
        used.update(id(c) for c in judged.channels)
    for trigger in workspace.triggers:
        used.update(id(c) for c in listened(workspace, trigger))
    for channel in workspace.channels:
        if id(channel) not in used:
            yield Finding(channel.path, channel.span,
                          f'no event or trigger uses the channel "{channel.pattern.text}"',
                          "remove the channel, or send events to it")
