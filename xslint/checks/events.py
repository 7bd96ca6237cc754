"""Helpers for the rules about events: showing a template, locating a channel."""

from __future__ import annotations

from xslint.channels import UNKNOWN, Template
from xslint.diagnostics import Span
from xslint.workspace import EventSite


def shown(parts: Template) -> str:
    """A template as text, `…` for each unknown part: `room:…:typing`."""
    return "".join("…" if part is UNKNOWN else part for part in parts)


def channel_span(event: EventSite) -> Span:
    return event.channel.value.span if event.channel else event.statement.name.span
