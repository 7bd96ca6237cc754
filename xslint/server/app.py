"""The language server: state shared by the features, and start-up.

Settings come from the client's `initializationOptions` (all optional):
`{"cache": true, "debounce": 25, "jobs": null, "diagnostics": "auto"}` —
use the result cache, wait this many milliseconds after the last keystroke,
worker processes at start-up, and "push", "pull" or "auto" (pull when the
client can pull, else push).
"""

from __future__ import annotations

import asyncio
import traceback
from dataclasses import dataclass

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from xslint import __version__
from xslint.diagnostics import Diagnostic
from xslint.server.backend import Backend
from xslint.server.convert import Texts, uri_of


@dataclass
class Options:
    cache: bool = True
    debounce: float = 0.025  # seconds
    jobs: int | None = None
    diagnostics: str = "auto"


class XslintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("xslint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.options = Options()
        self.backend = Backend([])
        self.texts = Texts(self._text)
        self.push = True
        self.published: dict[str, tuple[Diagnostic, ...]] = {}
        self.pending: set[str] = set()
        self.timer: asyncio.TimerHandle | None = None

    def _text(self, path: str) -> str | None:
        return self.backend.text(path)

    def log(self, message: str, level: types.MessageType = types.MessageType.Info) -> None:
        self.window_log_message(types.LogMessageParams(type=level, message=message))

    def report_bugs(self) -> None:
        """Bugs in rules are logged, once each; the server carries on."""
        for error in self.backend.take_errors():
            self.log(f"xslint: internal error in {error.rule} on {error.path}: {error.error}; please report it",
                     types.MessageType.Error)
        for problem in self.backend.configs.take_problems():
            self.window_show_message(types.ShowMessageParams(type=types.MessageType.Warning, message=problem))
            self.log(problem, types.MessageType.Warning)

    def flush(self) -> None:
        """Analyze the documents changed since the last flush, with the editor's texts.

        A pending debounced publication still runs: it sends what changed since the last one."""
        pending, self.pending = sorted(self.pending), set()
        for path in pending:
            document = self.workspace.get_text_document(uri_of(path))
            self.guarded(f"analyzing {path}", lambda p=path, t=document.source: self.backend.change(p, t))

    def guarded(self, what: str, work, fallback=None):  # noqa: ANN001, ANN201
        """Run `work()`; a bug is logged with its traceback and `fallback` returned."""
        try:
            return work()
        except Exception:  # noqa: BLE001 - an editor feature failing must not take the server down
            self.log(f"xslint: internal error in {what}:\n{traceback.format_exc()}", types.MessageType.Error)
            return fallback


def create_server() -> XslintServer:
    from xslint.server import actions, completion, hover, navigation, symbols, sync

    server = XslintServer()
    for feature in (sync, hover, navigation, completion, actions, symbols):
        feature.register(server)
    return server


def serve() -> None:
    """Speak LSP on standard input and output until the client says exit."""
    create_server().start_io()
