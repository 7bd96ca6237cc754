"""Document symbols for outline views: each definition, its clauses and
sections, and its statements with the statements nested inside them."""

from __future__ import annotations

from lsprotocol import types

from xslint.server.app import XslintServer
from xslint.server.convert import path_of
from xslint.server.positions import Lines
from xslint.syntax import Attribute, Block, Definition, Section, Statement, StringLit, Variable

_KINDS = {"table": types.SymbolKind.Struct, "realtime_channel": types.SymbolKind.Interface,
          "realtime_trigger": types.SymbolKind.Event, "function": types.SymbolKind.Function,
          "query": types.SymbolKind.Method, "task": types.SymbolKind.Function}
_MAX_DEPTH = 12  # outline views do not need more; deep nesting must not cost much


def register(server: XslintServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    def document_symbols(ls: XslintServer, params: types.DocumentSymbolParams) -> list[types.DocumentSymbol] | None:
        path = path_of(params.text_document.uri)
        if path is None:
            return None
        return ls.guarded("document symbols", lambda: _symbols(ls, path))


def _symbols(ls: XslintServer, path: str) -> list[types.DocumentSymbol]:
    ls.flush()
    tree = ls.backend.tree(path)
    if tree is None:
        return []
    lines = ls.texts.lines(path)
    return [_definition(d, lines) for d in tree.definitions]


def _definition(definition: Definition, lines: Lines) -> types.DocumentSymbol:
    return types.DocumentSymbol(
        name=definition.name_text or "(unnamed)", detail=definition.kind.text,
        kind=_KINDS.get(definition.kind.text, types.SymbolKind.Module),
        range=lines.range(definition.span), selection_range=lines.range(definition.name.span),
        children=_items(definition.body, lines, 0))


def _items(block: Block, lines: Lines, depth: int) -> list[types.DocumentSymbol]:
    if depth >= _MAX_DEPTH:
        return []
    symbols = []
    for item in block.items:
        if isinstance(item, Attribute):
            symbols.append(_symbol(item.key.text, "", types.SymbolKind.Property, item.span, item.key.span, lines))
        elif isinstance(item, Section):
            symbols.append(_symbol(item.name.text, f"{len(item.fields)} fields", types.SymbolKind.Struct,
                                   item.span, item.name.span, lines))
        elif isinstance(item, Statement):
            symbol = _symbol(_statement_name(item), "", types.SymbolKind.Function, item.span, item.name.span, lines)
            symbol.children = _items(item.body, lines, depth + 1) if item.body else None
            symbols.append(symbol)
    return symbols


def _statement_name(statement: Statement) -> str:
    """`var $total`, `db.query "user" as $users`: the name, its first argument, its alias."""
    first = statement.args[0] if statement.args else None
    argument = f" {first.root}" if isinstance(first, Variable) and not first.accessors else \
        f' "{first.value}"' if isinstance(first, StringLit) else ""
    alias = f" as {statement.alias.root}" if statement.alias else ""
    return statement.name.text + argument + alias


def _symbol(name: str, detail: str, kind: types.SymbolKind, span, selection, lines: Lines) -> types.DocumentSymbol:  # noqa: ANN001
    return types.DocumentSymbol(name=name or "?", detail=detail or None, kind=kind, range=lines.range(span),
                                selection_range=lines.range(selection))
