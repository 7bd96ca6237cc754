"""What files declare and publish in current Realtime, and what a workspace holds.

Facts are small and plain (text, spans, templates), so they travel between
processes and into the result cache like the legacy facts do. Every record
keeps the spans an editor needs: where its name is, where its header is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xslint.channels import Template
from xslint.diagnostics import Span

MESSAGE, CHANNEL_TRIGGER, SERVER_TRIGGER = "message", "channel_trigger", "realtime_server_trigger"


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference by name (`realtime_server = "chat"`): its literal text, None when
    it is computed, and where the value is."""

    text: str | None
    span: Span


@dataclass(frozen=True, slots=True)
class Server:
    """A `realtime_server`; `canonical` is its address (None when absent, "" when computed)."""

    path: str
    name: str
    span: Span
    header: Span
    canonical: str | None


@dataclass(frozen=True, slots=True)
class Channel:
    """A `channel`: its path template, its server, and its `publish.who` (None when
    absent; values.EXPRESSION when it is not literal text)."""

    path: str
    template: str
    span: Span
    header: Span
    server: Ref | None
    who: str | None
    who_span: Span | None


@dataclass(frozen=True, slots=True)
class Handler:
    """A `message`, `channel_trigger` or `realtime_server_trigger` and its parents."""

    path: str
    kind: str
    name: str
    span: Span
    header: Span
    server: Ref | None
    channel: Ref | None


@dataclass(frozen=True, slots=True)
class Publish:
    """A `realtime.publish`: its server, and its channel as a template (None when absent)."""

    path: str
    header: Span
    server: Ref | None
    parts: Template | None
    channel_span: Span | None


@dataclass(frozen=True)
class RealtimeFacts:
    """What one file holds."""

    servers: tuple[Server, ...] = ()
    channels: tuple[Channel, ...] = ()
    handlers: tuple[Handler, ...] = ()
    publishes: tuple[Publish, ...] = ()


@dataclass
class RealtimeModel:
    """Every file's facts together, in a stable order, with the lookups rules need."""

    servers: list[Server] = field(default_factory=list)
    channels: list[Channel] = field(default_factory=list)
    handlers: list[Handler] = field(default_factory=list)
    publishes: list[Publish] = field(default_factory=list)

    def server_names(self) -> list[str]:
        return sorted({s.name for s in self.servers})

    def channels_of(self, server: str) -> list[Channel]:
        """The channels that name `server` as theirs."""
        return [c for c in self.channels if c.server is not None and c.server.text == server]

    def channel(self, server: str, template: str) -> Channel | None:
        return next((c for c in self.channels_of(server) if c.template == template), None)

    def messages(self) -> list[Handler]:
        return [h for h in self.handlers if h.kind == MESSAGE]


def merge(all_facts: list[RealtimeFacts]) -> RealtimeModel:
    """One model from the facts of a workspace's files."""
    model = RealtimeModel()
    for facts in all_facts:
        model.servers.extend(facts.servers)
        model.channels.extend(facts.channels)
        model.handlers.extend(facts.handlers)
        model.publishes.extend(facts.publishes)
    for records in (model.servers, model.channels, model.handlers):
        records.sort(key=lambda r: (r.path, r.span.start))
    model.publishes.sort(key=lambda p: (p.path, p.header.start))
    return model
