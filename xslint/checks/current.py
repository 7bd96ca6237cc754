"""Work the current-Realtime rules share: suggestions, and how a channel fares.

`publish_verdict` says how a `realtime.publish` channel fares against the
templates of its server (and, for XS510, against legacy channels);
`fits_current` says whether a legacy event's channel could only be meant for
a current-Realtime channel. Both are worked out once per workspace.
"""

from __future__ import annotations

import difflib

from xslint.channels import can_match, is_unresolved
from xslint.checks.events import shown
from xslint.checks.shared import verdict
from xslint.facts import EventRef
from xslint.realtime_v2.model import Channel, Publish
from xslint.realtime_v2.paths import can_reach, placeholder
from xslint.workspace import Workspace


def did_you_mean(text: str, known: list[str]) -> str | None:
    """The one known name close to `text`, the "did you mean" of messages and fixes."""
    close = difflib.get_close_matches(text, known, n=1, cutoff=0.5)
    return close[0] if close else None


def suggestion(text: str, known: list[str], what: str) -> str:
    """`did you mean "x"?`, or the known names, or that there are none."""
    close = did_you_mean(text, known)
    if close:
        return f'did you mean "{close}"?'
    if not known:
        return f"the workspace declares no {what}"
    return f"known {what}s: " + ", ".join(f'"{k}"' for k in known)


def publish_verdict(workspace: Workspace, publish: Publish) -> str:
    """"unjudged" (no channel, computed server or channel, unknown server), "placeholder"
    (XS504), "ok", "legacy" (only a legacy channel fits: XS510) or "unmatched" (XS503)."""
    server = publish.server.text if publish.server else None
    parts = publish.parts
    if parts is None or is_unresolved(parts):
        return "unjudged"
    if placeholder(parts):
        return "placeholder"
    known = server is not None and server in workspace.realtime.server_names()
    candidates = workspace.realtime.channels_of(server) if server is not None and known \
        else workspace.realtime.channels
    if any(can_reach(parts, c.template) for c in candidates):
        return "ok"
    if any(can_match(parts, c.pattern) for c in workspace.channels):
        return "legacy"
    return "unmatched" if known else "unjudged"


def fits_current(workspace: Workspace, event: EventRef) -> Channel | None:
    """The current-Realtime channel a legacy event's channel could only be meant for:
    no legacy pattern can match it (or none is declared), and some current template can."""
    if verdict(workspace, event).kind not in ("undeclared", "unknown"):
        return None
    return next((c for c in workspace.realtime.channels if can_reach(event.parts, c.template)), None)


def shown_parts(publish: Publish) -> str:
    return shown(publish.parts or ())
