"""XS109 incomplete-channel-settings: a `settings` object without all five keys.

The platform requires every key once `settings` is given (the schema's `required`).

Unsafe fix: add the missing key with the engine's fallback value (false, and 0
for message_history; reference notes §E.1), in the place and style Xano
writes them: in its order, one key per line with aligned colons, or inline
after the last entry when the object is written on one line. Unsafe, because
the author may have meant another value than the fallback.
"""

from __future__ import annotations

import re
from typing import Iterator

from xslint.catalog import BY_CODE
from xslint.checks.base import Finding
from xslint.checks.fixing import alone_on_lines, indent_of, line_end, line_start, misspelt, newline
from xslint.checks.shared import schema_findings
from xslint.diagnostics import Applicability, Edit, Fix, Span
from xslint.facts import FileUnit
from xslint.schema_check import Issue
from xslint.syntax import ObjectEntry, ObjectLit
from xslint.schema_owner import Owns

RULE = BY_CODE["XS109"]
FIX = Applicability.UNSAFE

# The keys in the order Xano writes them, with the engine's fallback values.
DEFAULTS = {"anonymous_clients": "false", "nested_channels": "false", "message_history": "0",
            "auth_channel": "false", "presence": "false"}
_MISSING = re.compile(r'settings is missing "(\w+)"')


def check_file(unit: FileUnit) -> Iterator[Finding]:
    return schema_findings(unit, RULE.code, _fix)


def _fix(unit: FileUnit, issue: Issue) -> Fix | None:
    match = _MISSING.match(issue.message)
    settings = _settings(unit, issue.span)
    if match is None or settings is None or match.group(1) not in DEFAULTS:
        return None
    key, text = match.group(1), unit.source.text
    entries = [e for e in settings.entries if isinstance(e, ObjectEntry)]
    title = f'add "{key}: {DEFAULTS[key]}" to settings'
    if misspelt([e.name for e in entries], key, tuple(DEFAULTS)):
        return None
    if not entries:
        return _whole(text, settings, entries)
    if "\n" not in text[settings.span.start:settings.span.end]:
        later = _later(entries, key)
        if later:
            return Fix(title, (Edit(Span(later[0].span.start, later[0].span.start), f"{key}: {DEFAULTS[key]}, "),), FIX)
        return Fix(title, (Edit(Span(entries[-1].span.end, entries[-1].span.end), f", {key}: {DEFAULTS[key]}"),), FIX)
    if not all(alone_on_lines(text, e.span) for e in entries):
        return None
    return _on_its_line(text, entries, key, title)


def _settings(unit: FileUnit, key_span: Span) -> ObjectLit | None:
    for definition in unit.document.definitions:
        for attribute in definition.body.attributes():
            if attribute.key.span == key_span and isinstance(attribute.value, ObjectLit):
                return attribute.value
    return None


def _on_its_line(text: str, entries: list[ObjectEntry], key: str, title: str) -> Fix:
    nl, indent = newline(text), indent_of(text, entries[0].span.start)
    commas = any(text[a.span.end:b.span.start].strip().startswith(",") for a, b in zip(entries, entries[1:]))
    width = _aligned_width(text, entries)
    edits = []
    if width is not None and len(key) > width:  # the new key is the longest: move every colon out
        edits = [_pad(text, e, len(key)) for e in entries]
        width = len(key)
    gap = " " * (width - len(key)) if width is not None else ""
    later = _later(entries, key)
    line = f"{indent}{key}{gap}: {DEFAULTS[key]}"
    if later:
        at = line_start(text, later[0].span.start)
        edits.append(Edit(Span(at, at), line + ("," if commas else "") + nl))
    else:
        last = entries[-1]
        trailing = text[last.span.end:line_end(text, last.span.end)].strip() == ","
        if commas and not trailing:
            edits.append(Edit(Span(last.span.end, last.span.end), ","))
        at = line_end(text, last.span.end)
        ending = nl if text[at - 1:at] == "\n" else ""
        edits.append(Edit(Span(at, at), ("" if ending else nl) + line + ("," if trailing else "") + ending))
    return Fix(title, tuple(sorted(edits, key=lambda e: e.span)), FIX)


def _later(entries: list[ObjectEntry], key: str) -> list[ObjectEntry]:
    """The entries Xano writes after `key`."""
    order = list(DEFAULTS)
    return [e for e in entries if e.name in DEFAULTS and order.index(e.name) > order.index(key)]


def _aligned_width(text: str, entries: list[ObjectEntry]) -> int | None:
    """Where the colons stand after the keys' start, when they are aligned with padding."""
    widths = {text.index(":", e.key.span.end) - e.key.span.start for e in entries}
    padded = any(text[e.key.span.end] == " " for e in entries)
    return widths.pop() if len(widths) == 1 and padded and len(entries) > 1 else None


def _pad(text: str, entry: ObjectEntry, width: int) -> Edit:
    colon = text.index(":", entry.key.span.end)
    written = entry.key.span.end - entry.key.span.start
    return Edit(Span(entry.key.span.end, colon), " " * (width - written))


def _whole(text: str, settings: ObjectLit, entries: list) -> Fix:
    """An empty `settings = {}`: all five keys, Xano's way (the same fix for every finding)."""
    nl, indent = newline(text), indent_of(text, settings.span.start)
    inner = indent * 2 if indent else "  "
    width = max(map(len, DEFAULTS))
    lines = [f"{inner}{k}{' ' * (width - len(k))}: {v}" for k, v in DEFAULTS.items()]
    block = "{" + nl + nl.join(lines) + nl + indent + "}"
    return Fix("add the five settings keys with their default values", (Edit(settings.span, block),), FIX)


# The part of the JSON Schemas this rule reports (the keys `settings` requires); see schema_owner.py.
SCHEMA = Owns(("realtime_channel",), frozenset({"required"}))
