"""XS201 undeclared-channel: an event whose channel can match no declared pattern.

Only what is certain is reported: the unknown parts of the channel (variables,
filters) could be any non-empty text, and the event is reported only when no
such text gives a name that any `realtime_channel` pattern matches. The empty
name `""` (what Xano's builder writes for an event whose channel was left
blank) matches nothing. A workspace that declares no channel at all is
XS402's, not this rule's: its channels are unknown.
"""

from __future__ import annotations

import difflib
from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.current import fits_current
from xslint.checks.events import shown
from xslint.checks.shared import verdict
from xslint.workspace import Workspace

RULE = BY_CODE["XS201"]


def check_workspace(workspace: Workspace) -> Iterator[Finding]:
    patterns = sorted({c.pattern.text for c in workspace.channels})
    for event in workspace.events:
        judged = verdict(workspace, event)
        if judged.kind == "empty":
            yield Finding(event.path, event.span, "the channel name is empty",
                          'name the channel the event is sent to, such as "room/" ~ $input.room_id')
        if judged.kind != "undeclared" or fits_current(workspace, event):
            continue  # an event aimed at a current-Realtime channel is XS510's
        name = shown(event.parts)
        yield Finding(event.path, event.span,
                      f'no declared channel matches "{name}"', _help(name, patterns))


def _help(name: str, patterns: list[str]) -> str:
    if not patterns:
        return "declare the channel with a realtime_channel in realtime/channel/"
    close = difflib.get_close_matches(name, patterns, n=1, cutoff=0.5)
    if close:
        return f'did you mean "{close[0]}"? Otherwise declare the channel in realtime/channel/'
    return "declared channels: " + ", ".join(f'"{p}"' for p in patterns)
