"""Where the cursor is, read from the text alone, so it works on half-typed code.

The text before the cursor is scanned once (strings and `//` comments
skipped) to find the open braces around it and what stands before each
(`realtime_channel "x" {`, `settings = {`, `api.realtime_event {`). That
gives the JSON Schema of the object or block the cursor is in, and the
piece of the current entry already typed: a key, or a key and part of its value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from xslint.resources import schema

_SUBJECTS = (("realtime_channel", "realtime_channel"), ("realtime_trigger", "realtime_trigger"),
             ("api.realtime_event", "realtime_event"))
_KEY_HEAD = re.compile(r'^"?([A-Za-z_]\w*)"?\s*[=:]\s*$')
_KEY = re.compile(r'^\s*"?([A-Za-z_][\w.]*)?$')
_VALUE = re.compile(r'^\s*"?([A-Za-z_]\w*)"?\s*[=:]\s*(.*)$')
_BREAKS = "{},\n"


@dataclass(frozen=True)
class Place:
    """`subject`: the schema name whose object holds the cursor ("realtime_channel", …), or None;
    `node`: the schema of that object; `key`: the key whose value is being typed (None when a
    key is being typed); `typed`: what is typed of the key or value."""

    subject: str | None
    node: dict[str, Any] | None
    key: str | None
    typed: str

    @property
    def in_string(self) -> bool:
        return self.key is not None and self.typed.startswith(('"', "'")) and not _closed(self.typed)

    def property(self, key: str) -> dict[str, Any] | None:
        return (self.node or {}).get("properties", {}).get(key)


def place(text: str, offset: int) -> Place:
    heads, piece = _scan(text[:offset])
    subject, node = _resolve(heads)
    value = _VALUE.match(piece)
    if value:
        return Place(subject, node, value.group(1), value.group(2))
    key = _KEY.match(piece)
    return Place(subject, node, None, (key.group(1) or "") if key else piece.strip())


def word_at(text: str, offset: int) -> tuple[int, int]:
    """The identifier around `offset`, as (start, end)."""
    start = offset
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    end = offset
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return start, end


def _scan(text: str) -> tuple[list[str], str]:
    """The heads of the braces still open at the end of `text`, and the current piece."""
    heads: list[str] = []
    start = 0  # where the current piece began
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if char in "\"'":
            index = _string_end(text, index)
            continue
        if char == "/" and text.startswith("//", index):
            end = text.find("\n", index)
            index = length if end < 0 else end
            continue
        if char == "{":
            heads.append(text[start:index].strip())
        elif char == "}" and heads:
            heads.pop()
        if char in _BREAKS:
            start = index + 1
        index += 1
    return heads, text[start:]


def _string_end(text: str, index: int) -> int:
    quote, index = text[index], index + 1
    while index < len(text) and text[index] not in (quote, "\n"):
        index += 2 if text[index] == "\\" else 1
    return index + 1


def _closed(typed: str) -> bool:
    return len(typed) > 1 and typed.rstrip().endswith(typed[0])


def _resolve(heads: list[str]) -> tuple[str | None, dict[str, Any] | None]:
    subject: str | None = None
    node: dict[str, Any] | None = None
    for head in heads:
        named = next((name for word, name in _SUBJECTS if head.startswith(word)), None)
        key = _KEY_HEAD.match(head)
        if named is not None:
            subject, node = named, schema(named)
        elif node is not None and key is not None:
            node = node.get("properties", {}).get(key.group(1))
        else:
            subject, node = None, None
    return subject, node
