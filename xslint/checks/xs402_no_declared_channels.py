"""XS402 no-declared-channels: events or triggers in a workspace that declares no `realtime_channel`.

Some exports leave the channel definitions out; then every channel is
unknown, and reporting XS201 on each event (or XS301 on each trigger)
would be a wall of false errors. One finding says so instead, at the first
event in path order (or the first trigger if there is no event), with the
number of events and triggers that could not be checked.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.current import fits_current
from xslint.checks.shared import verdict
from xslint.workspace import Workspace

RULE = BY_CODE["XS402"]


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    if workspace.channels:
        return
    # an event that fits a current-Realtime channel is XS510's, known to go nowhere
    events = [e for e in workspace.events
              if verdict(workspace, e).kind == "unknown" and fits_current(workspace, e) is None]
    triggers = [t for t in workspace.triggers if t.channel and t.span is not None]
    where = (events[0].path, events[0].span) if events else \
        (triggers[0].path, triggers[0].span) if triggers else None
    if where is None:
        return
    yield Finding(where[0], where[1],  # type: ignore[arg-type]
                  f"the workspace declares no realtime_channel, so its channels are unknown: "
                  f"{_counted(len(events), 'event')} and {_counted(len(triggers), 'trigger')} "
                  "could not be checked",
                  "add the channel definitions to the workspace (realtime/channel/ or realtime_channels/); "
                  "some exports leave them out")


def _counted(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
