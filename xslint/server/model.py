"""The realtime map of one workspace, as the editor features see it.

Channels declared, and every place that uses a channel (an event's channel
expression, a trigger's `channel`), each with the channels it can match.
Built by the backend from the engine's workspace model; the features only
read these plain values.
"""

from __future__ import annotations

from dataclasses import dataclass

from xslint.diagnostics import Span


@dataclass(frozen=True)
class Channel:
    """A `realtime_channel`: its pattern, and where its name stands."""

    path: str
    pattern: str
    nested: bool
    active: bool
    span: Span


@dataclass(frozen=True)
class Use:
    """An event's or a trigger's channel: what it says, and what it can match.

    `template` shows unknown parts as `…`; `verdict` is "ok", "undeclared",
    "nested" (matches only as a sub-channel) or "unresolved".
    """

    kind: str  # "event" or "trigger"
    path: str
    span: Span
    template: str
    verdict: str
    channels: tuple[Channel, ...]


@dataclass(frozen=True)
class RealtimeModel:
    channels: tuple[Channel, ...] = ()
    uses: tuple[Use, ...] = ()

    def use_at(self, path: str, offset: int) -> Use | None:
        return next((u for u in self.uses if u.path == path and _inside(u.span, offset)), None)

    def channel_at(self, path: str, offset: int) -> Channel | None:
        return next((c for c in self.channels if c.path == path and _inside(c.span, offset)), None)

    def users_of(self, channel: Channel) -> list[Use]:
        """Every event and trigger that may use `channel` (a fully dynamic event is not counted)."""
        return [u for u in self.uses if channel in u.channels]


def _inside(span: Span, offset: int) -> bool:
    return span.start <= offset <= span.end
