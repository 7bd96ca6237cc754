"""Hostile input for the whole pipeline, generated: random bytes, token soups,
mutations of valid files and values of every type in realtime definitions. No exception escapes, no internal error is reported,
every run ends in findings (or none), and a good file beside them is checked."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xslint.analyze import analyze_text
from xslint.config import Config
from xslint.engine import lint
from xslint.parser import parse

ROOT = Path(__file__).parents[1]
VALID = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "demo").rglob("*.xs"))]
GOOD = 'function "ok" {\n  stack {\n    var $x { value = 1 }\n  }\n  response = $x\n}\n'
TOKENS = ["{", "}", "(", ")", "[", "]", ":", ",", "=", "==", "~", "|", "!", "?", "..", "\n", " ", "//", '"',
          "'", '"""', "`", "$", "$input.x", "$$", "api.realtime_event", "realtime_channel", "function", "stack",
          "input", "var", "if", "else", "elseif", "as", "text", "int", "channel", "data", "settings", "true",
          "null", "now", "42", "-1", "\"room:*\"", "filters=trim", "\r\n", "\t", "\ufeff", "é", "\u2028"]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                         HealthCheck.too_slow])


def mutate(text: str, edits: list[tuple[int, int, str]]) -> str:
    for kind, where, char in edits:
        at = where % (len(text) + 1)
        if kind == 0:
            text = text[:at] + text[at + 1:]           # delete
        elif kind == 1:
            text = text[:at] + text[at:at + 8] * 2 + text[at + 8:]   # duplicate
        elif kind == 2:
            text = text[:at] + char + text[at:]        # insert
        else:
            text = text[:at]                           # truncate
    return text


# Realtime definitions and events of every kind (the schema-backed rules read their values)
REALTIME = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures" / "rules").rglob("*.xs"))
            if re.search(r"^(realtime_|channel|message)|api\.realtime_event|realtime\.publish",
                         p.read_text(encoding="utf-8"), re.MULTILINE)]
# the value after `key =` at a line's start, or after `key:` in an object
VALUE_SITE = re.compile(r"(?m)(^\s*[A-Za-z_]\w*\s*=\s*|[A-Za-z_]\w*\s*:\s*)([^\n,{}\[\]]+|\{[^{}\n]*\}|\[[^\[\]\n]*\])")
# one value of each type a schema may refuse
WRONG_TYPES = ["[1]", "{a: [1]}", "1.5", '"x"', "true"]


def every_value_replaced(text: str) -> Iterator[str]:
    for match in VALUE_SITE.finditer(text):
        for value in WRONG_TYPES:
            yield text[:match.start(2)] + value + text[match.end(2):]


soups = st.lists(st.sampled_from(TOKENS), max_size=80).map("".join)
mutations = st.builds(mutate, st.sampled_from(VALID),
                      st.lists(st.tuples(st.integers(0, 3), st.integers(0, 10_000), st.sampled_from(TOKENS)),
                               min_size=1, max_size=6))


def check_beside_a_good_file(tmp_path: Path, data: bytes) -> None:
    folder = tmp_path / "ws"
    (folder / "function").mkdir(parents=True, exist_ok=True)
    (folder / "function" / "ok.xs").write_text(GOOD, encoding="utf-8")
    (folder / "function" / "hostile.xs").write_bytes(data)
    result = lint([folder], config=Config(), use_cache=False)
    assert result.errors == []
    assert result.files == 2
    assert all(d.path.endswith("hostile.xs") for d in result.diagnostics)
    for diagnostic in result.diagnostics:
        assert 0 <= diagnostic.span.start <= diagnostic.span.end


@FAST
@given(st.binary(max_size=400))
def test_random_bytes(tmp_path_factory, data: bytes) -> None:
    check_beside_a_good_file(tmp_path_factory.mktemp("fuzz"), data)


@FAST
@given(soups)
def test_token_soup(tmp_path_factory, text: str) -> None:
    check_beside_a_good_file(tmp_path_factory.mktemp("fuzz"), text.encode("utf-8"))


@FAST
@given(mutations)
def test_mutated_valid_files(tmp_path_factory, text: str) -> None:
    check_beside_a_good_file(tmp_path_factory.mktemp("fuzz"), text.encode("utf-8"))


def test_a_value_of_each_type_anywhere_in_a_realtime_definition() -> None:
    """Every attribute and object entry of every realtime fixture, given a value of each type in turn:
    findings, never an internal error (found so: `history = [1]`, and `actions` in a `message`, failed
    every schema rule of their file)."""
    for text in REALTIME:
        for variant in every_value_replaced(text):
            result = analyze_text(variant, "a.xs", "a.xs")
            assert result.errors == (), (variant, result.errors)


@settings(max_examples=300, deadline=None)
@given(st.one_of(soups, mutations, st.text(max_size=200)))
def test_the_parser_alone_never_raises_and_stays_in_bounds(text: str) -> None:
    result = parse(text)
    for problem in result.problems:
        assert 0 <= problem.span.start <= problem.span.end <= len(text)
        assert problem.message
    spans = [(problem.span.start, problem.span.end) for problem in result.problems]
    assert spans == sorted(spans)
