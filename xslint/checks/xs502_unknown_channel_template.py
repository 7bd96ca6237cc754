"""XS502 unknown-channel-template: a message or channel_trigger whose channel its server does not declare.

A handler names its channel by the channel's template, exactly as the
channel declares it (`"rooms/{room_id}"`), and channel paths are unique only
within one server. Judged when the server is declared and both names are
literals (an unknown server is XS501's business).

Unsafe fix: the server's template that the written path fits, or the one
template close to a misspelt one; none when the channel belongs to another
server (which to change is a guess) or nothing is close.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.current import did_you_mean, suggestion
from xslint.checks.fixing import rename_literal
from xslint.diagnostics import Applicability
from xslint.realtime_v2.model import Handler
from xslint.realtime_v2.paths import can_reach, placeholder
from xslint.workspace import Workspace

RULE = BY_CODE["XS502"]
FIX = Applicability.UNSAFE


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    model = workspace.realtime
    names = set(model.server_names())
    for handler in model.handlers:
        server = handler.server.text if handler.server else None
        channel = handler.channel
        if server not in names or channel is None or channel.text is None:
            continue
        templates = sorted(c.template for c in model.channels_of(server))  # type: ignore[arg-type]
        if channel.text in templates:
            continue
        yield Finding(handler.path, channel.span,
                      f'the realtime_server "{server}" has no channel "{channel.text}"',
                      _help(workspace, handler, channel.text, templates),
                      fix=rename_literal(channel.span, channel.text, _meant(workspace, channel.text, templates), FIX))


def _meant(workspace: Workspace, text: str, templates: list[str]) -> str | None:
    """The template the help names, unless the help points at another server."""
    fitting = [t for t in templates if can_reach((text,), t)]
    if fitting:
        return fitting[0]
    if any(c.template == text for c in workspace.realtime.channels):
        return None
    return did_you_mean(text, templates)


def _help(workspace: Workspace, handler: Handler, text: str, templates: list[str]) -> str:
    fitting = [t for t in templates if can_reach((text,), t)]
    if fitting and placeholder((text,)):
        return f'the channel declares "{fitting[0]}"; name it exactly, parameter names included'
    if fitting:
        return f'name the channel template "{fitting[0]}", not a resolved path'
    elsewhere = sorted({c.server.text for c in workspace.realtime.channels
                        if c.template == text and c.server and c.server.text})
    if elsewhere:
        return (f'"{text}" belongs to the realtime_server "{elsewhere[0]}"; '
                "name that server, or declare the channel on this one")
    return suggestion(text, templates, "channel") + f" (the {handler.kind} must name a channel of its server)"
