"""Completion from the schemas and the workspace: declared channel patterns
inside `channel = "`, the keys of channels, their settings, triggers and
events, and the values a key allows (`message_history`, `history`, booleans)."""

from __future__ import annotations

import os
from typing import Any

from lsprotocol import types

from xslint.server.app import XslintServer
from xslint.server.context import Place, place
from xslint.server.convert import path_of
from xslint.server.describe import enumerated

_KEY = types.CompletionItemKind.Property
_VALUE = types.CompletionItemKind.Value


def register(server: XslintServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_COMPLETION,
                    types.CompletionOptions(trigger_characters=['"', ":", "=", " "]))
    def complete(ls: XslintServer, params: types.CompletionParams) -> types.CompletionList | None:
        path = path_of(params.text_document.uri)
        if path is None:
            return None
        return ls.guarded("completion", lambda: _complete(ls, path, params.position))


def _complete(ls: XslintServer, path: str, position: types.Position) -> types.CompletionList | None:
    ls.flush()
    lines = ls.texts.lines(path)
    where = place(lines.text, lines.offset(position))
    if where.subject is None:
        return None
    if where.key is None:
        items = _keys(where)
    elif where.key == "channel" and where.in_string and where.subject != "realtime_channel":
        items = _channels(ls, path)
    else:
        items = _values(where.property(where.key) or {})
    return types.CompletionList(is_incomplete=False, items=items) if items else None


def _keys(where: Place) -> list[types.CompletionItem]:
    separator = " = " if where.node is not None and "title" in where.node else ": "
    properties: dict[str, Any] = (where.node or {}).get("properties", {})
    required = set((where.node or {}).get("required", ()))
    return [types.CompletionItem(label=name, kind=_KEY, detail=node.get("description"),
                                 insert_text=name + separator, sort_text=("0" if name in required else "1") + name)
            for name, node in properties.items() if name != "guid" and name.startswith(where.typed)]


def _values(node: dict[str, Any]) -> list[types.CompletionItem]:
    values = enumerated(node) + node.get("examples", [])
    values = values or ([True, False] if node.get("type") == "boolean" else [])
    return [types.CompletionItem(label=_literal(v), kind=_VALUE, detail=node.get("description"),
                                 sort_text=f"{i:03}") for i, v in enumerate(values)]


def _channels(ls: XslintServer, path: str) -> list[types.CompletionItem]:
    model = ls.backend.model(path)
    return [types.CompletionItem(label=c.pattern, kind=types.CompletionItemKind.Reference,
                                 detail=f"realtime_channel in {os.path.basename(c.path)}"
                                        + ("" if c.active else " (inactive)"),
                                 insert_text=c.pattern)
            for c in sorted(model.channels, key=lambda c: c.pattern)]


def _literal(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return f'"{value}"' if isinstance(value, str) else str(value)
