"""Go to definition (event or trigger channel → the realtime_channel it can
match) and find references (a channel → every event and trigger that may use it)."""

from __future__ import annotations

from lsprotocol import types

from xslint.server.app import XslintServer
from xslint.server.convert import path_of


def register(server: XslintServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    def definition(ls: XslintServer, params: types.DefinitionParams) -> list[types.Location] | None:
        return ls.guarded("definition", lambda: _definition(ls, params.text_document.uri, params.position))

    @server.feature(types.TEXT_DOCUMENT_REFERENCES)
    def references(ls: XslintServer, params: types.ReferenceParams) -> list[types.Location] | None:
        return ls.guarded("references", lambda: _references(ls, params.text_document.uri, params.position,
                                                            params.context.include_declaration))


def _definition(ls: XslintServer, uri: str, position: types.Position) -> list[types.Location] | None:
    path = path_of(uri)
    if path is None:
        return None
    ls.flush()
    offset = ls.texts.lines(path).offset(position)
    use = ls.backend.model(path).use_at(path, offset)
    if use is None or not use.channels:
        return None
    return [ls.texts.location(c.path, c.span) for c in use.channels]


def _references(ls: XslintServer, uri: str, position: types.Position,
                declaration: bool) -> list[types.Location] | None:
    path = path_of(uri)
    if path is None:
        return None
    ls.flush()
    offset = ls.texts.lines(path).offset(position)
    model = ls.backend.model(path)
    channel = model.channel_at(path, offset)
    use = model.use_at(path, offset)
    channels = [channel] if channel is not None else list(use.channels) if use is not None else []
    found = []
    for chosen in channels:
        if declaration:
            found.append(ls.texts.location(chosen.path, chosen.span))
        found += [ls.texts.location(u.path, u.span) for u in model.users_of(chosen)]
    return found or None
