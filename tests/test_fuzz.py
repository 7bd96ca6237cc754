"""Hostile input for the whole pipeline, generated: random bytes, token soups and
mutations of valid files. No exception escapes, no internal error is reported,
every run ends in findings (or none), and a good file beside them is checked."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


@settings(max_examples=300, deadline=None)
@given(st.one_of(soups, mutations, st.text(max_size=200)))
def test_the_parser_alone_never_raises_and_stays_in_bounds(text: str) -> None:
    result = parse(text)
    for problem in result.problems:
        assert 0 <= problem.span.start <= problem.span.end <= len(text)
        assert problem.message
