"""`xslint server` end to end: hover, definition, references, completion,
code actions and document symbols, as a real LSP client receives them."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from server_helpers import at, config, open_file, start, until, uri, workspace, codes

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return workspace(tmp_path_factory.mktemp("features"))


@pytest_lsp.fixture(config=config(), scope="module")
async def client(lsp_client: LanguageClient, root: Path):
    await start(lsp_client, root)
    await until(lambda: codes(lsp_client, root / "realtime/channel/room.xs") == [(11, "XS101")])
    yield
    await lsp_client.shutdown_session()


def doc(path: Path) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=uri(path))


async def hover(client: LanguageClient, path: Path, needle: str, shift: int = 0) -> str:
    found = await client.text_document_hover_async(types.HoverParams(text_document=doc(path),
                                                                     position=at(path, needle, shift)))
    assert found is not None, f"no hover at {needle!r}"
    return found.contents.value


async def labels(client: LanguageClient, path: Path, needle: str, shift: int = 0) -> list[str]:
    found = await client.text_document_completion_async(types.CompletionParams(text_document=doc(path),
                                                                               position=at(path, needle, shift)))
    return [item.label for item in found.items] if found else []


async def test_hover_on_a_finding_shows_the_rule_and_its_document(client: LanguageClient, root: Path) -> None:
    shown = await hover(client, root / "realtime/channel/room.xs", "500")
    assert "**XS101 invalid-message-history** (error)" in shown
    assert "## What it does" in shown and "## Use instead" in shown


async def test_hover_on_an_event_channel_shows_the_channels_it_can_match(client: LanguageClient, root: Path) -> None:
    shown = await hover(client, root / "api/chat/rooms_typing_post.xs", 'channel = "room:"', 12)
    assert "**api.realtime_event** channel `room:…:typing`" in shown
    assert "`room:*`" in shown and "room.xs" in shown and "nested_channels: true" in shown
    undeclared = await hover(client, root / "api/chat/rooms_messages_post.xs", '"rooms:"', 2)
    assert "No declared channel can match it." in undeclared and "XS201 undeclared-channel" in undeclared


async def test_hover_on_a_trigger_channel_and_on_a_channel(client: LanguageClient, root: Path) -> None:
    shown = await hover(client, root / "realtime/trigger/room_activity.xs", '"room:*"', 2)
    assert "**realtime_trigger** channel `room:*`" in shown and "message_history: 500" in shown
    declared = await hover(client, root / "realtime/channel/user.xs", '"user:*"', 2)
    assert "**realtime_channel** `user:*`" in declared and "Used by 2 event(s) and trigger(s)." in declared


async def test_hover_on_a_settings_key_shows_its_allowed_values(client: LanguageClient, root: Path) -> None:
    shown = await hover(client, root / "realtime/channel/user.xs", "message_history", 3)
    assert "Allowed values: `0`, `25`, `50`, `100`, `250`, `1000`" in shown
    history = await hover(client, root / "realtime/trigger/room_activity.xs", "history = ", 2)
    assert "`inherit`" in history and "`all`" in history


async def test_definition_goes_from_an_event_to_its_channel(client: LanguageClient, root: Path) -> None:
    path = root / "api/chat/rooms_typing_post.xs"
    found = await client.text_document_definition_async(types.DefinitionParams(
        text_document=doc(path), position=at(path, 'channel = "room:"', 12)))
    assert [(f.uri, f.range.start.line, f.range.start.character) for f in found] == [
        (uri(root / "realtime/channel/room.xs"), 0, 17)]


async def test_references_find_every_event_and_trigger_of_a_channel(client: LanguageClient, root: Path) -> None:
    path = root / "realtime/channel/room.xs"
    found = await client.text_document_references_async(types.ReferenceParams(
        text_document=doc(path), position=at(path, '"room:*"', 2),
        context=types.ReferenceContext(include_declaration=False)))
    # the trigger, the event inside the trigger, and two queries; not rooms_messages_post.xs, whose
    # "rooms:…" room:* cannot match
    assert sorted((Path(f.uri).name, f.range.start.line + 1) for f in found) == [
        ("room_activity.xs", 2), ("room_activity.xs", 91), ("rooms_members_post.xs", 51),
        ("rooms_typing_post.xs", 16)]


async def test_completion_of_channels_settings_and_parameters(client: LanguageClient, root: Path) -> None:
    event = root / "api/chat/rooms_typing_post.xs"
    assert await labels(client, event, 'channel = "room:"', 11) == [
        "announcements", "room:*", "tenant:*:activity", "user:*"]
    assert {"channel", "data", "event", "auth_table", "auth_id"} <= set(await labels(client, event, "event = ", 0))
    channel = root / "realtime/channel/user.xs"
    assert set(await labels(client, channel, "nested_channels", 0)) == {
        "anonymous_clients", "nested_channels", "message_history", "auth_channel", "presence"}
    assert await labels(client, channel, "message_history  : ", 19) == ["0", "25", "50", "100", "250", "1000"]
    assert await labels(client, channel, "presence         : ", 19) == ["true", "false"]
    trigger = root / "realtime/trigger/room_activity.xs"
    assert await labels(client, trigger, "history = ", 10) == ["false", '"inherit"', '"all"', "0", "100", "1000",
                                                               "10000"]
    assert set(await labels(client, trigger, "actions = {", 11)) == {"join", "message"}


async def test_code_actions_suppress_and_fix(client: LanguageClient, root: Path) -> None:
    path = root / "api/chat/rooms_messages_post.xs"
    spot = at(path, '"rooms:"')
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=doc(path), range=types.Range(start=spot, end=spot),
        context=types.CodeActionContext(diagnostics=[])))
    assert [a.title for a in actions] == ["Suppress XS201 on this line", "Suppress XS201 in this file"]
    line = actions[0].edit.changes[uri(path)][0]
    assert (line.range.start.line, line.new_text) == (40, "      // xslint-disable-next-line XS201\n")
    scratch = root / "function/scratch.xs"
    text = '// xslint-disable-next-line XS201\nfunction "scratch" {\n  stack {\n  }\n}\n'
    open_file(client, scratch, text)
    await until(lambda: codes(client, scratch) == [(1, "XS005")])
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=doc(scratch), range=types.Range(start=types.Position(line=0, character=3),
                                                      end=types.Position(line=0, character=3)),
        context=types.CodeActionContext(diagnostics=[])))
    fix = actions[0]
    assert fix.title == "XS005: remove the unused suppression comment" and fix.is_preferred
    edit = fix.edit.changes[uri(scratch)][0]
    assert (edit.range.start.line, edit.range.end.line, edit.new_text) == (0, 1, "")


async def test_document_symbols_outline_definitions_and_statements(client: LanguageClient, root: Path) -> None:
    path = root / "realtime/trigger/room_activity.xs"
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc(path)))
    assert [(s.name, s.detail) for s in symbols] == [("room_activity", "realtime_trigger")]
    children = [c.name for c in symbols[0].children]
    assert children[:3] == ["channel", "actions", "active"] and "input" in children and "stack" in children
    stack = next(c for c in symbols[0].children if c.name == "stack")
    assert [c.name for c in stack.children] == ["precondition", "var $room_id", "var $user_id",
                                                "db.query \"room_member\" as $membership", "precondition",
                                                "var $reply", "conditional"]
    conditional = stack.children[-1]
    assert [c.name for c in conditional.children] == ["if", "elseif", "else"]
