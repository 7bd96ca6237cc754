"""Current Realtime: path templates, the grammar's new keywords, the model, its
cache form and the workspace map. The rules themselves are tested by fixtures."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from xslint.analyze import analyze_text
from xslint.cache import decode_result, encode_result
from xslint.channels import UNKNOWN
from xslint.parser import parse
from xslint.realtime_v2.paths import can_reach, params, path_problems, placeholder
from xslint.workspace import build
from xslint.workspace_map import CURRENT, LEGACY, symbols

U = UNKNOWN


@pytest.mark.parametrize(("parts", "template", "expected"), [
    (("rooms/", U), "rooms/{room_id}", True),
    (("rooms/42",), "rooms/{room_id}", True),
    (("rooms/",), "rooms/{room_id}", False),  # a parameter is one non-empty segment
    (("room/", U), "rooms/{room_id}", False),
    (("rooms/", U, "/typing"), "rooms/{room_id}", False),  # no nesting in current Realtime
    (("rooms/", U), "rooms/{room_id}/typing", True),  # the unknown part may hold "42/typing"
    (("orgs/", U, "/teams/", U), "orgs/{org_id}/teams/{team_id}", True),
    ((U,), "members", True),
    (("members",), "members", True),
    (("member",), "members", False),
    (("rooms/{room_id}",), "rooms/{room_id}", True),  # placeholders are XS504's business
])
def test_can_reach(parts, template: str, expected: bool) -> None:
    assert can_reach(parts, template) is expected


def test_path_problems_params_and_placeholders() -> None:
    assert path_problems("rooms/{room_id}") == []
    assert path_problems("") == ["the channel path is empty"]
    assert len(path_problems("a//{x}/{x}/y{z}")) == 3
    assert params("orgs/{org_id}/feed/{x}/{}") == ("org_id", "x")
    assert placeholder(("rooms/{room_id}/", U)) == "{room_id}" and placeholder(("rooms/", U)) is None


@pytest.mark.parametrize(("keyword", "kind"), [
    ("channel_trigger", "channel_trigger"), ("channel", "channel"), ("message", "message"),
    ("realtime_server_trigger", "realtime_server_trigger"), ("realtime_server", "realtime_server"),
])
def test_longest_keyword_wins(keyword: str, kind: str) -> None:
    result = parse(f"{keyword} x {{\n}}\n")
    assert result.problems == () and result.document.definitions[0].kind.text == kind


def test_channel_and_message_stay_ordinary_words() -> None:
    text = """function f {
  input {
    text message
    text channel
  }
  stack {
    var $message { value = {channel: "a", message: "b"} }
    api.realtime_event {
      channel = "room:" ~ $message.channel
      data = {message: $input.message}
    }
    realtime.publish {
      realtime_server = "s"
      channel = $input.channel
      message = "m"
      data = {}
    }
  }
  response = {channel: 1, message: 2}
}
"""
    result = parse(text)
    assert result.problems == () and [d.kind.text for d in result.document.definitions] == ["function"]


def _facts(text: str, path: str = "a.xs"):
    return analyze_text(text, path, path)


def test_model_cache_round_trip_and_damage() -> None:
    folder = FIXTURES / "rules" / "pass_current_realtime_beside_legacy"
    for file in sorted(folder.rglob("*.xs")):
        result = _facts(file.read_text("utf-8"), file.name)
        assert decode_result(encode_result(result), file.name) == result
    facts = _facts((folder / "function" / "notify.xs").read_text("utf-8")).facts.realtime
    assert len(facts.publishes) == 2 and facts.publishes[0].parts == ("rooms/", U)
    damaged = encode_result(result).replace(b'"path":', b'"path":1,"x":', 1)
    assert decode_result(damaged, file.name) is None


def test_workspace_map_covers_both_systems() -> None:
    folder = FIXTURES / "rules" / "pass_current_realtime_beside_legacy"
    results = [_facts(f.read_text("utf-8"), f.relative_to(folder).as_posix()) for f in sorted(folder.rglob("*.xs"))]
    found = symbols(build([r.facts for r in results]))
    kinds = {(s.system, s.kind) for s in found}
    assert kinds == {(LEGACY, "realtime_channel"), (LEGACY, "api.realtime_event"),
                     (CURRENT, "realtime_server"), (CURRENT, "channel"), (CURRENT, "message"),
                     (CURRENT, "channel_trigger"), (CURRENT, "realtime_server_trigger"),
                     (CURRENT, "realtime.publish")}
    send = next(s for s in found if s.kind == "message" and s.name == "send")
    assert send.parent == "chat rooms/{room_id}" and send.path == "message/send.xs"
    assert all(s.span.end > s.span.start for s in found)


@pytest.mark.parametrize("value", ["[1]", "{days: 1}", "1.5"])
def test_a_value_of_none_of_several_types_is_told_not_crashed_on(value: str) -> None:
    """`history` may be one of three types (a list in the schema): found by fuzzing,
    every schema rule of the file used to fail with an internal error."""
    text = f'channel "rooms/{{id}}" {{\n  realtime_server = "chat"\n  history = {value}\n}}\n'
    result = _facts(text)
    assert result.errors == ()
    assert [(f.code, f.message) for f in result.found if f.code == "XS102"] == [
        ("XS102", f"history takes a boolean, an integer or text, not {_described(value)}")]


def _described(value: str) -> str:
    return {"[1]": "an array", "{days: 1}": "an object", "1.5": 'the number "1.5"'}[value]


def test_actions_in_a_definition_that_has_none_is_an_unknown_attribute() -> None:
    """Only triggers have `actions`; in a message it is an unknown attribute (found by
    fuzzing: the trigger's message for an unknown action looked up the message's actions)."""
    text = ('message send {\n  realtime_server = "chat"\n  channel = "rooms/{id}"\n  actions = {join: true}\n'
            '  input {\n  }\n  stack {\n  }\n  response = null\n}\n')
    result = _facts(text)
    assert result.errors == ()
    assert [(f.code, f.message) for f in result.found if f.code == "XS103"] == [
        ("XS103", 'unknown attribute "actions"')]
