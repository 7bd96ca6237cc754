"""Hover: the rule behind a finding, the channels an event or trigger can
reach, a channel's users, and what a channel/trigger/event key accepts."""

from __future__ import annotations

from lsprotocol import types

from xslint.server import describe
from xslint.server.app import XslintServer
from xslint.server.context import place, word_at
from xslint.server.convert import path_of


def register(server: XslintServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: XslintServer, params: types.HoverParams) -> types.Hover | None:
        path = path_of(params.text_document.uri)
        if path is None:
            return None
        return ls.guarded("hover", lambda: _hover(ls, path, params.position))


def _hover(ls: XslintServer, path: str, position: types.Position) -> types.Hover | None:
    ls.flush()
    lines = ls.texts.lines(path)
    offset = lines.offset(position)
    parts = [describe.rule(f.code) for f in ls.backend.findings_of(path)
             if f.span.start <= offset <= max(f.span.end, f.span.start + 1)]
    model = ls.backend.model(path)
    use = model.use_at(path, offset)
    channel = model.channel_at(path, offset)
    if use is not None:
        parts.insert(0, describe.use(use, ls.backend))
    elif channel is not None:
        parts.insert(0, describe.channel(channel, ls.backend, len(model.users_of(channel))))
    elif (key := _key(lines.text, offset)) is not None:
        parts.insert(0, key)
    if not parts:
        return None
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)))


def _key(text: str, offset: int) -> str | None:
    """A key of a channel, its settings, a trigger or an event, under the cursor."""
    start, end = word_at(text, offset)
    if start == end:
        return None
    name = text[start:end]
    node = place(text, start).property(name)
    return describe.key(name, node) if node is not None else None
