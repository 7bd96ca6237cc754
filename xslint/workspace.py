"""The workspace model: what all files checked together declare and send.

Built from each file's facts (`facts.py`): the channels declared, the
triggers listening, and every event's channel as a template.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from xslint.channels import Template
from xslint.facts import ChannelDecl, EventRef, FileFacts, TriggerDecl
from xslint.realtime_v2.model import RealtimeModel, merge

if TYPE_CHECKING:  # the rules' own module reads the workspace
    from xslint.checks.shared import Verdict


@dataclass
class ChannelAnswers:
    """What the rules work out from the declared channels alone, remembered per
    workspace: each event template's verdict (checks/shared.py), the channels by
    first segment, each trigger pattern's channels (checks/triggers.py). It
    depends on `Workspace.channels` and nothing else, so a workspace rebuilt with
    equal channels keeps it (see `build`)."""

    verdicts: dict[Template, Verdict] = field(default_factory=dict)
    by_first: dict[str, list[ChannelDecl]] | None = None
    listened: dict[str, list[ChannelDecl]] = field(default_factory=dict)


@dataclass
class Workspace:
    channels: list[ChannelDecl] = field(default_factory=list)
    triggers: list[TriggerDecl] = field(default_factory=list)
    events: list[EventRef] = field(default_factory=list)
    realtime: RealtimeModel = field(default_factory=RealtimeModel)  # current Realtime
    answers: ChannelAnswers = field(default_factory=ChannelAnswers)


def build(all_facts: list[FileFacts], previous: Workspace | None = None) -> Workspace:
    """One workspace from the facts of its files, in a stable order. When `previous`
    (the same workspace before an edit) declared the same channels, its channel
    objects and the answers worked out from them are carried over: the rules compare
    channels by identity, and most edits change no declaration."""
    workspace = Workspace()
    for facts in all_facts:
        workspace.channels.extend(facts.channels)
        workspace.triggers.extend(facts.triggers)
        workspace.events.extend(facts.events)
    workspace.channels.sort(key=lambda c: (c.path, c.span.start))
    workspace.triggers.sort(key=lambda t: (t.path, t.span.start if t.span else -1))
    workspace.events.sort(key=lambda e: (e.path, e.span.start))
    workspace.realtime = merge([facts.realtime for facts in all_facts])
    if previous is not None and previous.channels == workspace.channels:
        workspace.channels = previous.channels
        workspace.answers = previous.answers
    return workspace
