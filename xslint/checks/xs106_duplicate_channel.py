"""XS106 duplicate-channel: two `realtime_channel` definitions with the same pattern.

The platform keeps one channel per pattern; which file's settings win is up
to the order of the push. Reported on the later file in path order.
"""

from __future__ import annotations

from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.diagnostics import Related
from xslint.facts import ChannelDecl
from xslint.workspace import Workspace

RULE = BY_CODE["XS106"]


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    first: dict[str, ChannelDecl] = {}
    for channel in sorted(workspace.channels, key=lambda c: (c.path, c.span.start)):
        text = channel.pattern.text
        if text not in first:
            first[text] = channel
            continue
        other = first[text]
        yield Finding(channel.path, channel.span, f'the channel "{text}" is already declared',
                      "remove one definition, or merge their settings",
                      (Related(other.path, other.span, f'"{text}" is first declared here'),))
