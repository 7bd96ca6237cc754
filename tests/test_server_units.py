"""Parts of the language server that need no client: positions, the cursor's
place in half-typed text, code actions for fixes."""

from __future__ import annotations

from lsprotocol import types

from xslint.diagnostics import Applicability, Diagnostic, Edit, Fix, Severity, Span
from xslint.server.actions import _fix
from xslint.server.context import place
from xslint.server.convert import Texts, diagnostic
from xslint.server.positions import Lines


def test_an_unsafe_fix_is_offered_but_not_preferred() -> None:
    text = 'realtime_channel "x" {\n  descripton = "a"\n}\n'
    lines = Lines(text)
    fix = Fix("rename to \"description\"", (Edit(Span(25, 35), "description"),), Applicability.UNSAFE)
    finding = Diagnostic("x.xs", "XS103", "unknown attribute", Span(25, 35), Severity.ERROR, fix=fix)
    action = _fix("file:///x.xs", lines, finding, diagnostic(finding, Texts(lambda _: text)))
    assert action.title == 'XS103: rename to "description" (unsafe)' and not action.is_preferred
    assert action.edit.changes["file:///x.xs"][0].range.start == types.Position(line=1, character=2)


def test_positions_count_utf16_units_and_come_back() -> None:
    text = 'a = "😀é"\nb'
    lines = Lines(text)
    after_emoji = text.index("é")
    assert lines.position(after_emoji) == types.Position(line=0, character=7)
    assert lines.offset(types.Position(line=0, character=7)) == after_emoji
    assert Lines(text, "utf-32").position(after_emoji) == types.Position(line=0, character=6)
    assert Lines(text, "utf-8").position(len(text)) == types.Position(line=1, character=1)
    assert lines.offset(types.Position(line=9, character=0)) == len(text)


def test_the_place_of_the_cursor_in_half_typed_text() -> None:
    text = 'realtime_channel "a:*" {\n  settings = {\n    message_history: 2'
    where = place(text, len(text))
    assert (where.subject, where.key, where.typed) == ("realtime_channel", "message_history", "2")
    assert where.property("message_history")["enum"][0] == 0
    event = 'query "q" verb=GET {\n  stack {\n    // { not a brace "\n    api.realtime_event {\n      channel = "ro'
    where = place(event, len(event))
    assert (where.subject, where.key, where.in_string) == ("realtime_event", "channel", True)
    assert place('function "f" {\n  stack {\n    var $x {\n      value = "', 60).subject is None
