"""Driving `xslint server` from a real LSP client (pytest-lsp) in the server tests."""

from __future__ import annotations

import asyncio
import shutil
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

import pytest_lsp
from lsprotocol import types
from pygls.uris import from_fs_path
from pytest_lsp import ClientServerConfig, LanguageClient

MISTAKES = Path(__file__).parents[1] / "examples" / "mistakes"
SERVER = [sys.executable, "-m", "xslint", "server"]


def config(command: list[str] | None = None) -> ClientServerConfig:
    return ClientServerConfig(server_command=command or SERVER)


def workspace(tmp_path: Path) -> Path:
    """A copy of examples/mistakes that a test may change."""
    root = tmp_path / "ws"
    shutil.copytree(MISTAKES, root)
    return root


def capabilities(pull: bool = False) -> types.ClientCapabilities:
    watched = types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True)
    return types.ClientCapabilities(
        workspace=types.WorkspaceClientCapabilities(
            did_change_watched_files=watched,
            diagnostics=types.DiagnosticWorkspaceClientCapabilities(refresh_support=True) if pull else None),
        text_document=types.TextDocumentClientCapabilities(
            diagnostic=types.DiagnosticClientCapabilities() if pull else None,
            hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown])))


async def start(client: LanguageClient, root: Path, pull: bool = False, **options: object) -> None:
    """Initialize a session on `root` (no result cache, no debounce unless asked)."""
    client.registrations = []  # type: ignore[attr-defined]

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)  # type: ignore[attr-defined]

    await client.initialize_session(types.InitializeParams(
        capabilities=capabilities(pull), root_uri=from_fs_path(str(root)),
        workspace_folders=[types.WorkspaceFolder(uri=from_fs_path(str(root)), name="ws")],
        initialization_options={"cache": False, **options}))


def uri(path: Path) -> str:
    return from_fs_path(str(path))


def open_file(client: LanguageClient, path: Path, text: str | None = None) -> str:
    item = types.TextDocumentItem(uri=uri(path), language_id="xanoscript", version=1,
                                  text=path.read_text(encoding="utf-8") if text is None else text)
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))
    return item.uri


def replace_text(client: LanguageClient, path: Path, old: str, new: str, version: int = 2) -> None:
    """An incremental change: the first `old` in the file's text on disk becomes `new`."""
    text = path.read_text(encoding="utf-8")
    start = text.index(old)
    params = types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri(path), version=version),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=position(text, start), end=position(text, start + len(old))), text=new)])
    client.text_document_did_change(params)


def set_text(client: LanguageClient, path: Path, text: str, version: int) -> None:
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri(path), version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


def position(text: str, offset: int) -> types.Position:
    line = text.count("\n", 0, offset)
    return types.Position(line=line, character=offset - (text.rfind("\n", 0, offset) + 1))


def at(path: Path, needle: str, shift: int = 0) -> types.Position:
    text = path.read_text(encoding="utf-8")
    return position(text, text.index(needle) + shift)


def codes(client: LanguageClient, path: Path) -> list[tuple[int, str]]:
    """(1-based line, code) of what the client holds for `path`."""
    return sorted((d.range.start.line + 1, str(d.code)) for d in client.diagnostics.get(uri(path), []))


async def until(check: Callable[[], bool], timeout: float = 15.0) -> None:
    """Wait until `check()` holds (what the client received changes asynchronously)."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("the server did not send what was expected in time")
        await asyncio.sleep(0.02)


def all_codes(client: LanguageClient, root: Path) -> dict[str, list[tuple[int, str]]]:
    found = {}
    for path in sorted(root.rglob("*.xs")):
        if codes(client, path):
            found[path.relative_to(root).as_posix()] = codes(client, path)
    return found


def fixture(**kwargs: object):  # noqa: ANN201
    return pytest_lsp.fixture(config=config(), **kwargs)


def messages(items: Sequence[types.LogMessageParams | types.ShowMessageParams]) -> str:
    return "\n".join(m.message for m in items)
