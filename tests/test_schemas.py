"""The JSON Schemas in schemas/ are valid draft 2020-12 and mean what SPEC says."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

SCHEMAS = Path(__file__).parents[1] / "schemas"
SCHEMA_FILES = sorted(SCHEMAS.glob("*.schema.json"))
EXPECTED = {
    "config",
    "diagnostics",
    "realtime_channel",
    "realtime_event",
    "realtime_trigger",
    "realtime_server",
    "channel",
    "message",
    "realtime_server_trigger",
    "channel_trigger",
    "realtime_publish",
}


def load(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(load(name))


def error_kinds(name: str, instance) -> set[str]:
    return {error.validator for error in validator(name).iter_errors(instance)}


def assert_invalid(name: str, instance, kind: str) -> None:
    """`kind` is among the errors and is the one best_match reports.

    A keyword set like {"type": "integer", "enum": [...]} yields both a type
    and an enum error for a non-integer; best_match picks the type error.
    """
    errors = list(validator(name).iter_errors(instance))
    assert kind in {error.validator for error in errors}
    assert best_match(errors).validator == kind


# --------------------------------------------------------------------------
# every schema file


def test_all_expected_schemas_exist():
    assert EXPECTED <= {p.name.removesuffix(".schema.json") for p in SCHEMA_FILES}


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_schema_is_valid_draft_2020_12(path: Path):
    text = path.read_text(encoding="utf-8")
    schema = json.loads(text)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"https://xslint.dev/schemas/{path.name}"
    assert schema["title"] and schema["description"]
    # tidy: 2-space indent, trailing newline
    assert text == json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------
# realtime_channel

# The channel from SPEC section 1b, lowered to JSON.
SPEC_CHANNEL = {
    "active": False,
    "public_messaging": {"auth": True},
    "private_messaging": {"active": False},
    "settings": {
        "anonymous_clients": False,
        "nested_channels": True,
        "message_history": 100,
        "auth_channel": True,
        "presence": True,
    },
}


def channel(**changes):
    doc = copy.deepcopy(SPEC_CHANNEL)
    for key, value in changes.items():
        if key.startswith("settings__"):
            doc["settings"][key.removeprefix("settings__")] = value
        else:
            doc[key] = value
    return doc


def channel_without_setting(key):
    doc = copy.deepcopy(SPEC_CHANNEL)
    del doc["settings"][key]
    return doc


@pytest.mark.parametrize(
    "instance",
    [
        pytest.param(SPEC_CHANNEL, id="spec-1b"),
        pytest.param({}, id="empty"),
        pytest.param(
            channel(description="Per-room chat", guid="abc-123", active=True),
            id="description-guid",
        ),
        pytest.param(
            channel(public_messaging={"active": True, "auth": False}, private_messaging={}),
            id="messaging-variants",
        ),
        *[
            pytest.param(channel(settings__message_history=n), id=f"history-{n}")
            for n in (0, 25, 50, 100, 250, 1000)
        ],
    ],
)
def test_channel_valid(instance):
    assert error_kinds("realtime_channel", instance) == set()


@pytest.mark.parametrize(
    ("instance", "kind"),
    [
        pytest.param(channel(settings__message_history=10), "enum", id="history-10"),
        pytest.param(channel(settings__message_history=-1), "enum", id="history-negative"),
        pytest.param(channel(settings__message_history="100"), "type", id="history-string"),
        pytest.param(channel(settings__message_history=True), "type", id="history-bool"),
        pytest.param(channel(settings__message_history=2.5), "type", id="history-float"),
        pytest.param(channel(active="yes"), "type", id="active-yes"),
        pytest.param(channel(settings__presence=1), "type", id="presence-1"),
        pytest.param(channel(description=42), "type", id="description-42"),
        pytest.param(channel(public_messaging={"auth": "true"}), "type", id="auth-string"),
        pytest.param(channel(settings="on"), "type", id="settings-not-object"),
        pytest.param(channel(tags=["a"]), "additionalProperties", id="unknown-top"),
        pytest.param(
            channel(public_messaging={"auth": True, "anon": True}),
            "additionalProperties",
            id="unknown-in-messaging",
        ),
        pytest.param(channel(settings__presense=True), "additionalProperties", id="unknown-in-settings"),
        pytest.param(channel_without_setting("presence"), "required", id="settings-missing-presence"),
        pytest.param(channel(settings={}), "required", id="settings-empty"),
    ],
)
def test_channel_invalid(instance, kind):
    assert_invalid("realtime_channel", instance, kind)


def test_channel_wrong_integer_history_is_only_enum():
    assert error_kinds("realtime_channel", channel(settings__message_history=10)) == {"enum"}


def test_channel_non_integer_history_is_type_first():
    errors = list(validator("realtime_channel").iter_errors(channel(settings__message_history="100")))
    assert best_match(errors).validator == "type"


def test_channel_missing_setting_names_key():
    (error,) = validator("realtime_channel").iter_errors(channel_without_setting("presence"))
    assert list(error.absolute_path) == ["settings"]
    assert "presence" in error.message


def test_channel_enum_error_path():
    (error,) = validator("realtime_channel").iter_errors(channel(settings__message_history=10))
    assert list(error.absolute_path) == ["settings", "message_history"]


# --------------------------------------------------------------------------
# realtime_trigger

TRIGGER = {"channel": "room:*", "input": {}, "stack": {}, "response": None}


def trigger(**changes):
    doc = dict(TRIGGER)
    doc.update(changes)
    return doc


def trigger_without(key):
    return {k: v for k, v in TRIGGER.items() if k != key}


@pytest.mark.parametrize(
    "instance",
    [
        pytest.param(TRIGGER, id="minimal"),
        pytest.param(
            trigger(
                actions={"join": True, "message": False},
                active=False,
                description="on join",
                tags=["chat"],
                guid="g",
                response={"ok": True},
            ),
            id="full",
        ),
        pytest.param(trigger(actions={}), id="actions-empty"),
        pytest.param(trigger(response="<expression>"), id="response-expression"),
        # Xano's engine marks response optional; its Metadata API example omits it.
        pytest.param(trigger_without("response"), id="response-omitted"),
        # The engine stores any integer limit and writes it back on pull.
        *[
            pytest.param(trigger(history=h), id=f"history-{h!r}")
            for h in (False, "inherit", 0, 25, 50, 100, 250, 1000, 10000, 123456, "all")
        ],
    ],
)
def test_trigger_valid(instance):
    assert error_kinds("realtime_trigger", instance) == set()


@pytest.mark.parametrize(
    ("instance", "kind"),
    [
        *[
            pytest.param(trigger_without(k), "required", id=f"missing-{k}")
            for k in ("channel", "input", "stack")
        ],
        pytest.param(trigger(channel=""), "minLength", id="channel-empty"),
        pytest.param(trigger(channel=3), "type", id="channel-number"),
        pytest.param(trigger(actions={"connection": True}), "additionalProperties", id="actions-connection"),
        pytest.param(trigger(actions={"join": "yes"}), "type", id="actions-not-bool"),
        pytest.param(trigger(active="yes"), "type", id="active-yes"),
        pytest.param(trigger(tags=["a", 1]), "type", id="tags-item"),
        pytest.param(trigger(tags="a"), "type", id="tags-not-array"),
        pytest.param(trigger(history=True), "anyOf", id="history-true"),
        pytest.param(trigger(history=2.5), "anyOf", id="history-fraction"),
        pytest.param(trigger(history="none"), "anyOf", id="history-none"),
        pytest.param(trigger(history="100"), "anyOf", id="history-quoted-number"),
        pytest.param(trigger(docs="x"), "additionalProperties", id="unknown-clause"),
    ],
)
def test_trigger_invalid(instance, kind):
    assert_invalid("realtime_trigger", instance, kind)


def test_trigger_history_is_never_negative():
    assert error_kinds("realtime_trigger", trigger(history=-1)) == {"anyOf"}


# --------------------------------------------------------------------------
# realtime_event

EVENT = {"channel": "<expression>", "data": "<expression>"}


@pytest.mark.parametrize(
    "instance",
    [
        pytest.param(EVENT, id="minimal"),
        pytest.param(
            {
                "channel": "user:7",
                "data": {"id": 7},
                "event": "message_sent",
                "auth_table": "user",
                "auth_id": "<expression>",
                "description": "notify",
                "disabled": True,
                "mock": {"my test": {"ok": True}},
            },
            id="full",
        ),
        pytest.param({**EVENT, "event": "<expression>"}, id="event-expression"),
        pytest.param({"channel": None, "data": None, "auth_table": ""}, id="null-values"),
    ],
)
def test_event_valid(instance):
    assert error_kinds("realtime_event", instance) == set()


@pytest.mark.parametrize(
    ("instance", "kind"),
    [
        pytest.param({"data": 1}, "required", id="missing-channel"),
        pytest.param({"channel": "a"}, "required", id="missing-data"),
        pytest.param({**EVENT, "event": 42}, "type", id="event-number"),
        pytest.param({**EVENT, "disabled": "no"}, "type", id="disabled-string"),
        pytest.param({**EVENT, "payload": {}}, "additionalProperties", id="unknown-param"),
    ],
)
def test_event_invalid(instance, kind):
    assert_invalid("realtime_event", instance, kind)


# --------------------------------------------------------------------------
# config


@pytest.mark.parametrize(
    "instance",
    [
        pytest.param({}, id="empty"),
        pytest.param(
            {
                "select": ["XS", "XS2", "XS201", "undeclared-channel"],
                "ignore": ["XS401"],
                "extend-select": ["XS20"],
                "per-file-ignores": {"tests/**/*.xs": ["XS001", "syntax-error"]},
                "exclude": ["build/**", "*.tmp.xs"],
                "severity": {"XS401": "warning", "unused-channel": "error", "XS2": "info"},
                "fail-on": "error",
            },
            id="full",
        ),
    ],
)
def test_config_valid(instance):
    assert error_kinds("config", instance) == set()


@pytest.mark.parametrize(
    ("instance", "kind"),
    [
        pytest.param({"selekt": ["XS201"]}, "additionalProperties", id="unknown-key"),
        pytest.param({"select": "XS201"}, "type", id="select-not-array"),
        pytest.param({"select": ["XS2011"]}, "pattern", id="code-too-long"),
        pytest.param({"ignore": ["Xs201"]}, "pattern", id="mixed-case-code"),
        pytest.param({"ignore": ["Undeclared"]}, "pattern", id="capitalised-name"),
        pytest.param({"per-file-ignores": {"a/*.xs": "XS201"}}, "type", id="pfi-not-array"),
        pytest.param({"severity": {"XS201": "fatal"}}, "enum", id="severity-level"),
        pytest.param({"severity": {"X S": "error"}}, "pattern", id="severity-key"),
        pytest.param({"fail-on": "never"}, "enum", id="fail-on"),
        pytest.param({"exclude": [1]}, "type", id="exclude-item"),
    ],
)
def test_config_invalid(instance, kind):
    assert_invalid("config", instance, kind)


# --------------------------------------------------------------------------
# diagnostics


def position(line, column, offset):
    return {"line": line, "column": column, "offset": offset}


DIAGNOSTICS = {
    "version": 1,
    "tool": {"name": "xslint", "version": "0.1.0"},
    "files": 3,
    "summary": {"error": 2, "warning": 0, "info": 0},
    "diagnostics": [
        {
            "path": "realtime/channel/feed.xs",
            "code": "XS101",
            "rule": "invalid-message-history",
            "severity": "error",
            "message": 'message_history "10" is not one of 0, 25, 50, 100, 250, 1000',
            "help": "use one of 0, 25, 50, 100, 250, 1000",
            "range": {"start": position(9, 22, 201), "end": position(9, 24, 203)},
            "related": [],
        },
        {
            "path": "realtime/channel/room2.xs",
            "code": "XS106",
            "rule": "duplicate-channel",
            "severity": "error",
            "message": 'channel "room:*" is already declared',
            "help": None,
            "range": {"start": position(1, 18, 17), "end": position(1, 26, 25)},
            "related": [
                {
                    "path": "realtime/channel/room.xs",
                    "range": {"start": position(1, 18, 17), "end": position(1, 26, 25)},
                    "message": "first declared here",
                }
            ],
        },
    ],
}


def diagnostics(mutate):
    doc = copy.deepcopy(DIAGNOSTICS)
    mutate(doc)
    return doc


@pytest.mark.parametrize(
    "instance",
    [
        pytest.param(DIAGNOSTICS, id="sample"),
        pytest.param(
            {
                "version": 1,
                "tool": {"name": "xslint", "version": "0.1.0"},
                "files": 0,
                "summary": {"error": 0, "warning": 0, "info": 0},
                "diagnostics": [],
            },
            id="clean",
        ),
    ],
)
def test_diagnostics_valid(instance):
    assert error_kinds("diagnostics", instance) == set()


def _set(path, value):
    def mutate(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _del(path):
    def mutate(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


D0 = ("diagnostics", 0)
R1 = ("diagnostics", 1, "related", 0)


@pytest.mark.parametrize(
    ("mutate", "kind"),
    [
        pytest.param(_set(("version",), 2), "const", id="version-2"),
        pytest.param(_set(("tool", "name"), "ruff"), "const", id="tool-name"),
        pytest.param(_set(("files",), -1), "minimum", id="files-negative"),
        pytest.param(_del(("summary", "info")), "required", id="summary-missing-info"),
        pytest.param(_set(("summary", "fatal"), 0), "additionalProperties", id="summary-extra"),
        pytest.param(_set(("extra",), True), "additionalProperties", id="top-extra"),
        pytest.param(_set((*D0, "code"), "XS01"), "pattern", id="code-short"),
        pytest.param(_set((*D0, "severity"), "note"), "enum", id="severity"),
        pytest.param(_set((*D0, "help"), 3), "type", id="help-number"),
        pytest.param(_del((*D0, "help")), "required", id="help-missing"),
        pytest.param(_del((*D0, "related")), "required", id="related-missing"),
        pytest.param(_set((*D0, "fixes"), []), "additionalProperties", id="diagnostic-extra"),
        pytest.param(_set((*D0, "fix"), {"title": "t", "applicability": "maybe", "edits": [{"range": {"start": {"line": 1, "column": 1, "offset": 0}, "end": {"line": 1, "column": 1, "offset": 0}}, "text": ""}]}), "enum", id="fix-applicability"),
        pytest.param(_set((*D0, "range", "start", "line"), 0), "minimum", id="line-0"),
        pytest.param(_set((*D0, "range", "end", "column"), 0), "minimum", id="column-0"),
        pytest.param(_set((*D0, "range", "end", "offset"), -1), "minimum", id="offset-negative"),
        pytest.param(_set((*D0, "range", "end", "line"), 1.5), "type", id="line-float"),
        pytest.param(_del((*D0, "range", "end")), "required", id="range-missing-end"),
        pytest.param(_del((*R1, "message")), "required", id="related-missing-message"),
        pytest.param(_set((*R1, "code"), "XS106"), "additionalProperties", id="related-extra"),
    ],
)
def test_diagnostics_invalid(mutate, kind):
    assert_invalid("diagnostics", diagnostics(mutate), kind)
