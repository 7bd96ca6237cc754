"""XS304 trigger-inactive-channel: a trigger on a channel whose definition has `active = false`.

The trigger can never fire while its channel is switched off.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.triggers import listened
from xslint.diagnostics import Related
from xslint.workspace import Workspace

RULE = BY_CODE["XS304"]


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    for trigger in workspace.triggers:
        channels = listened(workspace, trigger)
        if not channels or any(c.active for c in channels):
            continue
        related = tuple(Related(c.path, c.span, f'"{c.pattern.text}" is declared with active = false')
                        for c in channels)
        yield Finding(trigger.path, trigger.span,  # type: ignore[arg-type]
                      f'the trigger listens on "{trigger.channel}", which is switched off',
                      "set active = true on the channel, or remove the trigger", related)
