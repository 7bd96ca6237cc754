"""Markdown for hovers: a rule, a channel, where a channel is used, a schema key."""

from __future__ import annotations

import os
from typing import Any

from xslint.catalog import BY_CODE
from xslint.resources import rule_document
from xslint.server.backend import Backend
from xslint.server.model import Channel, Use


def rule(code: str) -> str:
    info = BY_CODE.get(code)
    if info is None:
        return f"**{code}**"
    try:
        document = rule_document(info.name)
    except OSError:
        document = ""
    return f"**{info.code} {info.name}** ({info.severity.value}): {info.summary}\n\n---\n\n{document}".rstrip()


def use(found: Use, backend: Backend) -> str:
    kind = "api.realtime_event" if found.kind == "event" else "realtime_trigger"
    lines = [f"**{kind}** channel `{found.template}`", ""]
    if found.verdict == "unresolved":
        lines.append("The channel is computed at run time: it could be any channel.")
    elif not found.channels:
        lines.append("No declared channel can match it.")
    elif found.verdict == "nested":
        lines.append("Matches only as a sub-channel of (nested_channels is off):")
    else:
        lines.append("Can match:")
    lines += [""] + [channel(c, backend) for c in found.channels]
    return "\n".join(lines).rstrip()


def channel(found: Channel, backend: Backend, users: int | None = None) -> str:
    state = "" if found.active else " — **inactive** (`active = false`)"
    lines = [f"**realtime_channel** `{found.pattern}`{state} in `{os.path.basename(found.path)}`"]
    settings = _settings_text(found, backend)
    if settings:
        lines += ["", "```xs", f"settings = {settings}", "```"]
    if users is not None:
        lines += ["", f"Used by {users} event(s) and trigger(s)."]
    return "\n".join(lines)


def key(name: str, node: dict[str, Any]) -> str:
    lines = [f"**{name}**"]
    if node.get("description"):
        lines += ["", node["description"]]
    allowed = _allowed(node)
    if allowed:
        lines += ["", "Allowed values: " + allowed]
    elif node.get("type"):
        lines += ["", f"Type: {node['type']}"]
    if node.get("properties"):
        lines += ["", "Keys: " + ", ".join(f"`{k}`" for k in node["properties"])]
    return "\n".join(lines)


def enumerated(node: dict[str, Any]) -> list[Any]:
    """The values a schema node lists, its `anyOf` alternatives' included."""
    return [value for option in node.get("anyOf", [node]) for value in option.get("enum", ())]


def _allowed(node: dict[str, Any]) -> str:
    """The value set of a schema node, alternatives included: `false`, `inherit`, or any integer ≥ 0."""
    parts = [f"`{_literal(v)}`" for v in enumerated(node)]
    for option in node.get("anyOf", [node]):
        if "const" in option:
            parts.append(f"`{_literal(option['const'])}`")
        elif option.get("type") == "integer" and option is not node:
            parts.append(f"any integer ≥ {option['minimum']}" if "minimum" in option else "any integer")
    return ", ".join(parts)


def _literal(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _settings_text(found: Channel, backend: Backend) -> str | None:
    """The channel's `settings` value as written in its file."""
    tree, text = backend.tree(found.path), backend.text(found.path)
    if tree is None or text is None:
        return None
    for definition in tree.definitions:
        if definition.name.span == found.span:
            settings = definition.body.attribute("settings")
            return text[settings.value.span.start:settings.value.span.end] if settings else None
    return None
