"""XS504 template-in-publish: a `realtime.publish` channel that still holds a `{param}` placeholder.

Clients join resolved paths (`rooms/42`); `{room_id}` in a published path is
literal text that no client ever joins. Build the path from the value.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.current import shown_parts
from xslint.realtime_v2.paths import placeholder
from xslint.workspace import Workspace

RULE = BY_CODE["XS504"]


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    for publish in workspace.realtime.publishes:
        found = placeholder(publish.parts) if publish.parts else None
        if found is None or publish.channel_span is None:
            continue
        name = shown_parts(publish)
        before = name.split(found)[0]
        yield Finding(publish.path, publish.channel_span,
                      f'the channel "{name}" still holds the placeholder "{found}"',
                      f'publish to a resolved path built from the value, such as "{before}" ~ '
                      f"$input.{found.strip('{}')}")
