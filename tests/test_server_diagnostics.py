"""`xslint server` end to end: diagnostics pushed and pulled, across files,
from unsaved texts, under a configuration that changes, on broken text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from server_helpers import (all_codes, codes, config, fixture, open_file, replace_text, set_text, start, until,
                            uri, workspace)

pytestmark = pytest.mark.asyncio

EXPECTED = {  # examples/mistakes/MISTAKES.md: (1-based line, code) per file
    "api/chat/rooms_messages_post.xs": [(41, "XS201")],
    "api/chat/rooms_typing_post.xs": [(16, "XS208")],
    "function/notify/mentions.xs": [(38, "XS203")],
    "realtime/channel/announcements.xs": [(2, "XS103")],
    "realtime/channel/room.xs": [(11, "XS101")],
    "realtime/channel/tenant_activity.xs": [(5, "XS109")],
    "realtime/trigger/announcements_join.xs": [(3, "XS301")],
}


@fixture()
async def client(lsp_client: LanguageClient):
    yield
    await lsp_client.shutdown_session()


async def test_the_workspace_findings_are_pushed_at_start(client: LanguageClient, tmp_path: Path) -> None:
    root = workspace(tmp_path)
    await start(client, root)
    await until(lambda: len(all_codes(client, root)) == len(EXPECTED))
    assert all_codes(client, root) == EXPECTED
    shown = client.diagnostics[uri(root / "realtime/channel/room.xs")][0]
    assert (shown.range.start.line, shown.range.start.character) == (10, 21)
    assert shown.severity == types.DiagnosticSeverity.Error and shown.source == "xslint"
    assert "500" in shown.message
    watched = [r.method for r in client.registrations]
    assert types.WORKSPACE_DID_CHANGE_WATCHED_FILES in watched


async def test_a_change_is_checked_before_it_is_saved(client: LanguageClient, tmp_path: Path) -> None:
    root = workspace(tmp_path)
    await start(client, root)
    sender = root / "api/chat/rooms_messages_post.xs"
    await until(lambda: codes(client, sender) == [(41, "XS201")])
    open_file(client, sender)
    replace_text(client, sender, '"rooms:"', '"room:"')
    await until(lambda: codes(client, sender) == [])
    assert '"rooms:"' in sender.read_text(encoding="utf-8")  # the disk is untouched: the buffer won


async def test_editing_a_channel_updates_the_files_that_send_to_it(client: LanguageClient, tmp_path: Path) -> None:
    root = workspace(tmp_path)
    await start(client, root)
    channel = root / "realtime/channel/room.xs"
    trigger = root / "realtime/trigger/room_activity.xs"
    members = root / "api/chat/rooms_members_post.xs"
    await until(lambda: codes(client, channel) == [(11, "XS101")])
    open_file(client, channel)
    replace_text(client, channel, '"room:*"', '"chat:*"')
    await until(lambda: any(code == "XS301" for _, code in codes(client, trigger)))
    assert {code for _, code in codes(client, members)} == {"XS201"}
    assert (1, "XS401") in codes(client, channel)  # nobody sends to "chat:*"
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(
        uri=uri(channel))))
    await until(lambda: codes(client, trigger) == [])  # closed: back to the text on disk
    assert codes(client, members) == []


async def test_half_typed_text_gives_syntax_errors_not_a_crash(client: LanguageClient, tmp_path: Path) -> None:
    root = workspace(tmp_path)
    await start(client, root)
    path = root / "realtime/channel/room.xs"
    open_file(client, path)
    broken = ['realtime_channel "room:*" {\n  settings = {message_history: ', 'realtime_channel "ro',
              '\x00\ufeff}}}{{{ "', 'query "x" verb=GET {\n  stack {\n    api.realtime_event {\n      channel = "']
    for version, text in enumerate(broken, start=2):
        set_text(client, path, text, version)
        await until(lambda: any(code == "XS001" for _, code in codes(client, path)))
        set_text(client, path, path.read_text(encoding="utf-8"), version + 100)
        await until(lambda: codes(client, path) == [(11, "XS101")])
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(path)), position=types.Position(line=10, character=22)))
    assert hover is not None  # still answering
    assert not [m for m in client.log_messages if m.type == types.MessageType.Error]


async def test_the_configuration_applies_and_is_read_again(client: LanguageClient, tmp_path: Path) -> None:
    root = workspace(tmp_path)
    (root / "xslint.toml").write_text('ignore = ["XS201"]\n', encoding="utf-8")
    await start(client, root)
    sender = root / "api/chat/rooms_messages_post.xs"
    await until(lambda: len(all_codes(client, root)) == len(EXPECTED) - 1)
    assert codes(client, sender) == []
    (root / "xslint.toml").write_text('ignore = ["XS101"]\n[severity]\nXS201 = "info"\n', encoding="utf-8")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[types.FileEvent(
        uri=uri(root / "xslint.toml"), type=types.FileChangeType.Changed)]))
    await until(lambda: codes(client, sender) == [(41, "XS201")])
    assert client.diagnostics[uri(sender)][0].severity == types.DiagnosticSeverity.Information
    assert codes(client, root / "realtime/channel/room.xs") == []


async def test_a_broken_configuration_is_shown_and_the_defaults_apply(client: LanguageClient, tmp_path: Path) -> None:
    root = workspace(tmp_path)
    (root / "xslint.toml").write_text('ignore = ["XS9999"]\n', encoding="utf-8")
    await start(client, root)
    await until(lambda: len(all_codes(client, root)) == len(EXPECTED))
    await until(lambda: any("XS9999" in m.message for m in client.messages))


async def test_a_file_changed_on_disk_is_read_again(client: LanguageClient, tmp_path: Path) -> None:
    root = workspace(tmp_path)
    await start(client, root)
    sender = root / "api/chat/rooms_messages_post.xs"
    await until(lambda: codes(client, sender) == [(41, "XS201")])
    sender.write_text(sender.read_text(encoding="utf-8").replace('"rooms:"', '"room:"'), encoding="utf-8")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[types.FileEvent(
        uri=uri(sender), type=types.FileChangeType.Changed)]))
    await until(lambda: codes(client, sender) == [])


async def test_pull_diagnostics_per_document_and_for_the_workspace(client: LanguageClient, tmp_path: Path) -> None:
    root = workspace(tmp_path)
    await start(client, root, pull=True)
    sender = root / "api/chat/rooms_messages_post.xs"
    open_file(client, sender)
    report = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uri(sender))))
    assert [(d.range.start.line + 1, d.code) for d in report.items] == [(41, "XS201")]
    again = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uri(sender)), previous_result_id=report.result_id))
    assert again.kind == "unchanged"
    everything = await client.workspace_diagnostic_async(types.WorkspaceDiagnosticParams(previous_result_ids=[]))
    found = {item.uri: [d.code for d in item.items] for item in everything.items if item.items}
    assert found == {uri(root / path): [code for _, code in shown] for path, shown in EXPECTED.items()}
    replace_text(client, sender, '"rooms:"', '"room:"')
    await until(lambda: client.diagnostic_refresh_count > 0)
    fixed = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uri(sender))))
    assert not fixed.items
    assert client.diagnostics == {}  # a client that pulls is not pushed to


BOOM = ("import xslint.checks.xs103_unknown_attribute as a, xslint.checks.xs401_unused_channel as b\n"
        "def boom(*args): raise RuntimeError('planted bug')\n"
        "a.check_file = boom; b.check_workspace = boom\n"
        "from xslint.server.app import serve; serve()\n")


@pytest_lsp.fixture(config=config([sys.executable, "-c", BOOM]))
async def buggy(lsp_client: LanguageClient):
    yield
    await lsp_client.shutdown_session()


async def test_a_bug_in_a_rule_is_logged_and_the_others_still_run(buggy: LanguageClient, tmp_path: Path) -> None:
    root = workspace(tmp_path)
    await start(buggy, root)
    expected = {path: found for path, found in EXPECTED.items() if found != [(2, "XS103")]}
    await until(lambda: all_codes(buggy, root) == expected)
    errors = [m.message for m in buggy.log_messages if m.type == types.MessageType.Error]
    await until(lambda: len([m for m in buggy.log_messages if m.type == types.MessageType.Error]) >= 2)
    errors = "\n".join(m.message for m in buggy.log_messages if m.type == types.MessageType.Error)
    assert "unknown-attribute" in errors or "XS103" in errors
    assert "XS401" in errors and "planted bug" in errors
    path = root / "realtime/channel/room.xs"
    open_file(buggy, path)
    set_text(buggy, path, "realtime_channel {", 2)
    await until(lambda: any(code == "XS001" for _, code in codes(buggy, path)))
