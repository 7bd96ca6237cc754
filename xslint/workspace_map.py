"""The realtime map of a workspace, both systems, for editors (outline, go to definition).

One flat list of symbols: what is declared (legacy channels and triggers;
current servers, channels, messages and triggers) and what sends (legacy
events, current publishes), each with its file and span, and for current
objects the parent it names (`chat` for a channel, `chat rooms/{room_id}`
for a message). Built from the workspace model only, so it costs no parsing.
"""

from __future__ import annotations

from dataclasses import dataclass

from xslint.checks.events import shown
from xslint.diagnostics import Span
from xslint.realtime_v2.model import Ref
from xslint.workspace import Workspace

LEGACY, CURRENT = "legacy", "current"


@dataclass(frozen=True, slots=True)
class Symbol:
    system: str  # LEGACY or CURRENT
    kind: str  # the definition keyword or statement name
    name: str  # the name, pattern or path template; a sent channel with `…` for unknown parts
    path: str
    span: Span
    parent: str | None = None  # the server (and channel) a current object names


def symbols(workspace: Workspace) -> list[Symbol]:
    """Every realtime symbol of the workspace, by file and position."""
    found = [Symbol(LEGACY, "realtime_channel", c.pattern.text, c.path, c.span) for c in workspace.channels]
    found += [Symbol(LEGACY, "realtime_trigger", t.channel or "", t.path, t.span) for t in workspace.triggers
              if t.span is not None]
    found += [Symbol(LEGACY, "api.realtime_event", shown(e.parts), e.path, e.span) for e in workspace.events]
    model = workspace.realtime
    found += [Symbol(CURRENT, "realtime_server", s.name, s.path, s.span) for s in model.servers]
    found += [Symbol(CURRENT, "channel", c.template, c.path, c.span, _text(c.server)) for c in model.channels]
    found += [Symbol(CURRENT, h.kind, h.name, h.path, h.span, _parent(h.server, h.channel)) for h in model.handlers]
    found += [Symbol(CURRENT, "realtime.publish", shown(p.parts or ()), p.path, p.channel_span or p.header,
                     _text(p.server)) for p in model.publishes]
    return sorted(found, key=lambda s: (s.path, s.span.start, s.kind))


def _text(ref: Ref | None) -> str | None:
    return ref.text if ref is not None else None


def _parent(server: Ref | None, channel: Ref | None) -> str | None:
    names = [n for n in (_text(server), _text(channel)) if n]
    return " ".join(names) or None
