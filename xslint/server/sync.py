"""Documents in, diagnostics out: open/change/close/save, watched files,
configuration, and diagnostics pushed (debounced) or pulled.

Every change re-analyzes only the changed file, then the workspace rules; the
diagnostics of every file whose findings changed are published, so editing
a channel updates the files that send to it.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
from pathlib import Path

from lsprotocol import types

from xslint.server.app import Options, XslintServer
from xslint.server.backend import Backend
from xslint.server.configs import CONFIG_NAMES
from xslint.server.convert import Texts, diagnostic, path_of, uri_of

_WATCHED = ("**/*.xs", "**/xslint.toml", "**/pyproject.toml")


def register(server: XslintServer) -> None:
    @server.feature(types.INITIALIZE)
    def initialize(ls: XslintServer, params: types.InitializeParams) -> None:
        ls.options = _options(params.initialization_options)
        ls.backend = Backend(_folders(params), ls.options.cache, ls.options.jobs)
        ls.texts = Texts(ls.backend.text, _encoding(ls))
        can_pull = params.capabilities.text_document is not None and \
            params.capabilities.text_document.diagnostic is not None
        ls.push = ls.options.diagnostics == "push" or (ls.options.diagnostics == "auto" and not can_pull)

    @server.feature(types.INITIALIZED)
    def initialized(ls: XslintServer, params: types.InitializedParams) -> None:
        ls.guarded("loading the workspace", ls.backend.load)
        _watch(ls)
        ls.report_bugs()
        _publish(ls)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: XslintServer, params: types.DidOpenTextDocumentParams) -> None:
        _touched(ls, params.text_document.uri, 0.0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: XslintServer, params: types.DidChangeTextDocumentParams) -> None:
        _touched(ls, params.text_document.uri, ls.options.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: XslintServer, params: types.DidCloseTextDocumentParams) -> None:
        path = path_of(params.text_document.uri)
        if path is not None and path.endswith(".xs"):
            ls.pending.discard(path)
            ls.guarded("closing a document", lambda: ls.backend.close(path))
            _publish(ls)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: XslintServer, params: types.DidSaveTextDocumentParams) -> None:
        path = path_of(params.text_document.uri)
        if path is not None and os.path.basename(path) in CONFIG_NAMES:
            _reconfigure(ls)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched(ls: XslintServer, params: types.DidChangeWatchedFilesParams) -> None:
        paths = [p for p in (path_of(c.uri) for c in params.changes) if p is not None]
        if any(os.path.basename(p) in CONFIG_NAMES for p in paths):
            _reconfigure(ls)
        for path in (p for p in paths if p.endswith(".xs")):
            ls.guarded("reading a changed file", lambda p=path: ls.backend.disk_changed(p))
        _publish(ls)

    @server.feature(types.TEXT_DOCUMENT_DIAGNOSTIC, types.DiagnosticOptions(
        identifier="xslint", inter_file_dependencies=True, workspace_diagnostics=True))
    def pull(ls: XslintServer, params: types.DocumentDiagnosticParams) -> types.DocumentDiagnosticReport:
        ls.flush()
        path = path_of(params.text_document.uri) or ""
        return _report(ls, path, params.previous_result_id)

    @server.feature(types.WORKSPACE_DIAGNOSTIC)
    def pull_all(ls: XslintServer, params: types.WorkspaceDiagnosticParams) -> types.WorkspaceDiagnosticReport:
        ls.flush()
        previous = {p.uri: p.value for p in params.previous_result_ids}
        items = []
        for path in ls.guarded("diagnostics", ls.backend.paths, []):
            report = _report(ls, path, previous.get(uri_of(path)))
            kind = types.WorkspaceFullDocumentDiagnosticReport if report.kind == "full" \
                else types.WorkspaceUnchangedDocumentDiagnosticReport
            items.append(kind(uri=uri_of(path), version=None, **_fields(report)))
        return types.WorkspaceDiagnosticReport(items=items)


def _touched(ls: XslintServer, uri: str, delay: float) -> None:
    path = path_of(uri)
    if path is None or not path.endswith(".xs"):
        return
    ls.pending.add(path)
    if ls.timer is not None:
        ls.timer.cancel()
    if delay <= 0:
        _flush_and_publish(ls)
    else:
        ls.timer = asyncio.get_running_loop().call_later(delay, _flush_and_publish, ls)


def _flush_and_publish(ls: XslintServer) -> None:
    ls.flush()
    _publish(ls)


def _publish(ls: XslintServer) -> None:
    """Send the diagnostics of every file whose findings changed (push), or ask the client to pull."""
    findings = ls.guarded("diagnostics", ls.backend.findings, {})
    ls.report_bugs()
    changed = [p for p in sorted(set(findings) | set(ls.published)) if findings.get(p, ()) != ls.published.get(p, ())]
    ls.published = {p: f for p, f in findings.items() if f}
    if not changed:
        return
    if not ls.push:
        refresh = ls.client_capabilities.workspace and ls.client_capabilities.workspace.diagnostics
        if refresh and refresh.refresh_support:
            ls.workspace_diagnostic_refresh(None)
        return
    for path in changed:
        diagnostics = ls.guarded("diagnostics", lambda p=path: [diagnostic(f, ls.texts) for f in findings.get(p, ())],
                                 [])
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri_of(path), diagnostics=diagnostics))


def _report(ls: XslintServer, path: str, previous: str | None):  # noqa: ANN202
    findings = ls.guarded("diagnostics", lambda: ls.backend.findings_of(path), ())
    diagnostics = ls.guarded("diagnostics", lambda: [diagnostic(f, ls.texts) for f in findings], [])
    result_id = hashlib.sha256(repr(findings).encode()).hexdigest()[:16]
    if previous == result_id:
        return types.UnchangedDocumentDiagnosticReport(result_id=result_id)
    return types.FullDocumentDiagnosticReport(items=diagnostics, result_id=result_id)


def _fields(report) -> dict:  # noqa: ANN001
    if isinstance(report, types.UnchangedDocumentDiagnosticReport):
        return {"result_id": report.result_id}
    return {"result_id": report.result_id, "items": report.items}


def _reconfigure(ls: XslintServer) -> None:
    ls.flush()
    ls.guarded("reading the configuration", ls.backend.reload_config)
    _publish(ls)


def _watch(ls: XslintServer) -> None:
    """Ask the client to tell us about `.xs` and configuration files changed on disk."""
    workspace = ls.client_capabilities.workspace
    watched = workspace.did_change_watched_files if workspace else None
    if not (watched and watched.dynamic_registration):
        return
    options = types.DidChangeWatchedFilesRegistrationOptions(
        watchers=[types.FileSystemWatcher(glob_pattern=glob) for glob in _WATCHED])
    ls.client_register_capability(types.RegistrationParams(registrations=[types.Registration(
        id="xslint-watch", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options)]))


def _options(given: object) -> Options:
    options = Options()
    if isinstance(given, dict):
        options.cache = bool(given.get("cache", True))
        options.debounce = max(0.0, float(given.get("debounce", options.debounce * 1000))) / 1000
        options.jobs = given.get("jobs") if isinstance(given.get("jobs"), int) else None
        mode = given.get("diagnostics")
        options.diagnostics = mode if mode == "push" or mode == "pull" else "auto"
    return options


def _folders(params: types.InitializeParams) -> list[Path]:
    if params.workspace_folders:
        return [Path(p) for p in (path_of(f.uri) for f in params.workspace_folders) if p]
    root = path_of(params.root_uri) if params.root_uri else params.root_path
    return [Path(root)] if root else []


def _encoding(ls: XslintServer) -> str:
    encoding = ls.workspace.position_encoding
    return str(getattr(encoding, "value", encoding) or "utf-16")
