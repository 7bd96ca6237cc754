"""Showing an event's channel template in a message."""

from __future__ import annotations

from xslint.channels import UNKNOWN, Template


def shown(parts: Template) -> str:
    """A template as text, `…` for each unknown part: `room:…:typing`."""
    return "".join("…" if part is UNKNOWN else part for part in parts)
