"""Which declared channels a trigger listens on."""

from __future__ import annotations

from xslint.channels import can_match, template
from xslint.facts import ChannelDecl, TriggerDecl
from xslint.workspace import Workspace


def listened(workspace: Workspace, trigger: TriggerDecl) -> list[ChannelDecl]:
    """The channel declared with exactly the trigger's pattern, else those its name matches."""
    if trigger.channel is None:
        return []
    known = workspace.answers.listened
    if trigger.channel not in known:
        known[trigger.channel] = _listened(workspace, trigger.channel)
    return known[trigger.channel]


def _listened(workspace: Workspace, channel: str) -> list[ChannelDecl]:
    exact = [c for c in workspace.channels if c.pattern.text == channel]
    if exact or not channel:
        return exact
    name = template(channel)
    return [c for c in workspace.channels if can_match(name, c.pattern)]
