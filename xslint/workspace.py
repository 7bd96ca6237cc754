"""The workspace model: what all files checked together declare and send.

Built from each file's facts (`facts.py`): the channels declared, the
triggers listening, and every event's channel as a template.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xslint.facts import ChannelDecl, EventRef, FileFacts, TriggerDecl
from xslint.realtime_v2.model import RealtimeModel, merge


@dataclass
class Workspace:
    channels: list[ChannelDecl] = field(default_factory=list)
    triggers: list[TriggerDecl] = field(default_factory=list)
    events: list[EventRef] = field(default_factory=list)
    realtime: RealtimeModel = field(default_factory=RealtimeModel)  # current Realtime
    memo: dict = field(default_factory=dict)


def build(all_facts: list[FileFacts]) -> Workspace:
    """One workspace from the facts of its files, in a stable order."""
    workspace = Workspace()
    for facts in all_facts:
        workspace.channels.extend(facts.channels)
        workspace.triggers.extend(facts.triggers)
        workspace.events.extend(facts.events)
    workspace.channels.sort(key=lambda c: (c.path, c.span.start))
    workspace.triggers.sort(key=lambda t: (t.path, t.span.start if t.span else -1))
    workspace.events.sort(key=lambda e: (e.path, e.span.start))
    workspace.realtime = merge([facts.realtime for facts in all_facts])
    return workspace
