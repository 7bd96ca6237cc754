"""XS510 cross-system-event: a send aimed at the other Realtime system.

Legacy Realtime (`realtime_channel`, `api.realtime_event`, `/rt/`) and the
current one (`realtime_server`, `channel`, `realtime.publish`, `/ws/`) run
side by side and never reach each other: the call succeeds and nobody
receives anything. Reported: an `api.realtime_event` whose channel no
legacy pattern can match but a current channel template can (instead of
XS201), and a `realtime.publish` whose channel no current template can
match but a legacy pattern can (instead of XS503).
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.channels import can_match
from xslint.checks.base import Finding
from xslint.checks.current import fits_current, publish_verdict, shown_parts
from xslint.checks.events import shown
from xslint.diagnostics import Related
from xslint.workspace import Workspace

RULE = BY_CODE["XS510"]


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    for event in workspace.events:
        channel = fits_current(workspace, event)
        if channel is None:
            continue
        server = channel.server.text if channel.server and channel.server.text else "<server>"
        yield Finding(event.path, event.span,
                      f'"{shown(event.parts)}" is a path of the current Realtime channel "{channel.template}", '
                      "which api.realtime_event (legacy) cannot reach",
                      f'send it with realtime.publish {{ realtime_server = "{server}", channel = …, data = … }}',
                      (Related(channel.path, channel.span, f'"{channel.template}" is declared here'),))
    for publish in workspace.realtime.publishes:
        if publish_verdict(workspace, publish) != "legacy" or publish.channel_span is None:
            continue
        parts = publish.parts or ()
        legacy = next(c for c in workspace.channels if can_match(parts, c.pattern))
        yield Finding(publish.path, publish.channel_span,
                      f'"{shown_parts(publish)}" matches only the legacy realtime_channel "{legacy.pattern.text}", '
                      "which realtime.publish cannot reach",
                      "send it with api.realtime_event, or declare a channel for it on the realtime_server",
                      (Related(legacy.path, legacy.span, f'"{legacy.pattern.text}" is declared here'),))
