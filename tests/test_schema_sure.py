"""The quick schema check vouches only for values jsonschema also finds valid.

Every value the rule fixtures lower (channels, triggers, events, current
Realtime definitions and publishes), and each of them with one part swapped
for values of every JSON shape, is run through both: wherever
`surely_valid` says yes, jsonschema must find no error. And it must say yes
to the plain valid values that make up nearly every real file, or it saves
nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest
from jsonschema import Draft202012Validator

from xslint.facts import FileUnit
from xslint.parser import parse
from xslint.realtime_v2.schema import DEFINITIONS
from xslint.resources import schema
from xslint.schema_sure import surely_valid
from xslint.source import SourceFile
from xslint.values import EXPRESSION, STATIC_ONLY, Lowered, from_block

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES: list[Any] = [True, False, 0, 1, 25, 7, -1, 1.0, 2.5, "", "x y", "abc", "join", None, {}, [], {"a": 1},
                      ["t"], [1], STATIC_ONLY, EXPRESSION]


def lowered_values() -> Iterator[tuple[str, Any]]:
    """(schema name, value) for everything schema-checked in the fixtures."""
    for path in sorted(FIXTURES.rglob("*.xs")):
        text = path.read_text(encoding="utf-8", errors="replace")
        document = parse(text).document
        unit = FileUnit(str(path), None, SourceFile(str(path), text), document)
        for definition in document.definitions:
            kind = definition.kind.text
            if kind in ("realtime_channel", "realtime_trigger") or kind in DEFINITIONS:
                yield kind, from_block(definition.body, STATIC_ONLY).value
        for event in unit.events:
            body = event.statement.body
            yield "realtime_event", (from_block(body, EXPRESSION) if body else Lowered({})).value
        for visit, _ in unit.publishes:
            body = visit.statement.body
            yield "realtime_publish", (from_block(body, EXPRESSION) if body else Lowered({})).value


def variants(value: Any) -> Iterator[Any]:
    """The value, and the value with one member (at the first two levels) swapped for each sample."""
    yield value
    if isinstance(value, dict):
        for key, member in value.items():
            for replacement in [*SAMPLES, *variants_one_level(member)]:
                yield {**value, key: replacement}
        yield {**value, "unknown_key": 1}
        for key in value:
            yield {k: v for k, v in value.items() if k != key}


def variants_one_level(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for key in value:
            for replacement in SAMPLES:
                yield {**value, key: replacement}
            yield {k: v for k, v in value.items() if k != key}


VALUES = list(lowered_values())


def test_the_fixtures_give_values_of_every_schema() -> None:
    names = {name for name, _ in VALUES}
    assert names >= {"realtime_channel", "realtime_trigger", "realtime_event", "realtime_publish", *DEFINITIONS}


@pytest.mark.parametrize("name", sorted({"realtime_channel", "realtime_trigger", "realtime_event",
                                         "realtime_publish", *DEFINITIONS}))
def test_what_it_vouches_for_jsonschema_accepts(name: str) -> None:
    rules = schema(name)
    validator = Draft202012Validator(rules)
    vouched = checked = 0
    for value in (v for n, value in VALUES if n == name for v in variants(value)):
        checked += 1
        if surely_valid(rules, value):
            vouched += 1
            assert list(validator.iter_errors(value)) == [], value
    assert 0 < vouched < checked  # both answers occur: the test is not vacuous


def test_plain_valid_values_are_vouched_for() -> None:
    valid = [(n, v) for n, v in VALUES if Draft202012Validator(schema(n)).is_valid(v)]
    sure = [(n, v) for n, v in valid if surely_valid(schema(n), v)]
    assert len(sure) >= 0.9 * len(valid)


@pytest.mark.parametrize(("rules", "value"), [
    ({"type": "integer"}, 1.0),  # JSON Schema takes 1.0 for an integer; the quick check leaves it to jsonschema
    ({"type": "integer"}, True),
    ({"enum": [1]}, True),
    ({"type": "boolean"}, STATIC_ONLY),
    ({"type": ["string", "null"]}, None),  # a list of types is not among what it knows
    ({"$ref": "#/$defs/x"}, 1),
    ({"properties": {"a": {"type": "string"}}, "additionalProperties": False}, {"b": "x"}),
    ({"required": ["a"]}, {}),
    ({"pattern": "^\\S+$"}, "a b"),
    ({"anyOf": [{"enum": [False]}, {"type": "integer", "minimum": 0}]}, -1),
])
def test_unsure_cases_go_to_jsonschema(rules: dict[str, Any], value: Any) -> None:
    assert not surely_valid(rules, value)


def test_sure_cases() -> None:
    history = {"anyOf": [{"enum": [False, "inherit", "all"]}, {"type": "integer", "minimum": 0}]}
    assert surely_valid(history, 100) and surely_valid(history, "all") and surely_valid(history, False)
    assert surely_valid({"description": "anything"}, STATIC_ONLY)
    assert surely_valid({"type": "array", "items": {"type": "string"}}, ["a", "b"])
