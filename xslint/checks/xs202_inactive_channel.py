"""XS202 inactive-channel: an event sent to a channel whose definition has `active = false`.

Reported only when every declared pattern the channel can match is switched off.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.events import shown
from xslint.checks.shared import verdict
from xslint.diagnostics import Related
from xslint.workspace import Workspace

RULE = BY_CODE["XS202"]


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    for event in workspace.events:
        judged = verdict(workspace, event)
        if judged.kind != "ok" or any(c.active for c in judged.channels):
            continue
        related = tuple(Related(c.path, c.span, f'"{c.pattern.text}" is declared with active = false')
                        for c in judged.channels)
        yield Finding(event.path, event.span,
                      f'the channel "{shown(event.parts)}" is switched off',  # type: ignore[union-attr]
                      "set active = true on the channel, or stop sending to it", related)
