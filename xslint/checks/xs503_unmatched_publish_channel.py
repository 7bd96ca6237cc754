"""XS503 unmatched-publish-channel: a `realtime.publish` whose channel no template of its server matches.

The channel is read as a template of known text and unknown parts, as for
legacy events (SPEC §2), and matched segment for segment against the
server's channel templates, each `{param}` standing for one non-empty
segment. Reported only when no value of the unknown parts can match. A
channel only a legacy `realtime_channel` matches is XS510 instead; a
computed server or channel is not judged.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.current import publish_verdict, shown_parts, suggestion
from xslint.realtime_v2.model import Publish
from xslint.realtime_v2.paths import can_reach
from xslint.workspace import Workspace

RULE = BY_CODE["XS503"]


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    for publish in workspace.realtime.publishes:
        if publish_verdict(workspace, publish) != "unmatched" or publish.channel_span is None:
            continue
        server = publish.server.text if publish.server else ""
        name = shown_parts(publish)
        templates = sorted(c.template for c in workspace.realtime.channels_of(server or ""))
        message = (f'no channel of the realtime_server "{server}" matches "{name}"' if templates
                   else f'the realtime_server "{server}" declares no channel, so nothing receives "{name}"')
        yield Finding(publish.path, publish.channel_span, message, _help(workspace, publish, name, templates))


def _help(workspace: Workspace, publish: Publish, name: str, templates: list[str]) -> str:
    server = publish.server.text if publish.server else ""
    elsewhere = next((c for c in workspace.realtime.channels
                      if c.server and c.server.text != server and can_reach(publish.parts or (), c.template)), None)
    if elsewhere is not None and elsewhere.server is not None:
        return (f'the channel "{elsewhere.template}" belongs to the realtime_server "{elsewhere.server.text}"; '
                "publish on that server")
    if not templates:
        return f'declare a channel with realtime_server = "{server}" in channel/'
    return suggestion(name, templates, "channel")
