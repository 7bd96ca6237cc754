"""The fast grammar (fused expressions, shortcuts) parses exactly as parsimonious' own.

`xslint.grammar` swaps parsimonious' expressions for one-call twins and adds
shortcuts (`grammar/fused.py`, `grammar/shortcuts.py`), and the parser reads
plain values without the grammar (`lowering/direct.py`); they must build the
same trees and report the same failures. Every .xs file of the tests and
examples, and mutations of them, is parsed both ways and the documents and
problems compared.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import xslint.errors
import xslint.parser
from xslint.grammar import compile_grammar, grammar
from xslint.parser import parse

ROOT = Path(__file__).parents[1]
FILES = sorted({*ROOT.glob("tests/**/*.xs"), *ROOT.glob("examples/**/*.xs")})
REFERENCE = compile_grammar(fast=False)


def both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    fast = repr(parse(text))
    with monkeypatch.context() as patch:
        patch.setattr(xslint.parser, "grammar", lambda: REFERENCE)
        patch.setattr(xslint.errors, "grammar", lambda: REFERENCE)
        reference = repr(parse(text))
    return fast, reference


def test_the_reference_is_parsimonious_own() -> None:
    assert type(REFERENCE["statement"]).__module__ == "parsimonious.expressions"
    assert type(grammar()["statement"]).__module__ != "parsimonious.expressions"


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_fast_grammar_parses_as_the_reference(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, reference = both_ways(path.read_text(encoding="utf-8"), monkeypatch)
    assert fast == reference


SOURCES = [p.read_text(encoding="utf-8") for p in FILES if p.stat().st_size < 4000]
EDITS = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 10_000), st.sampled_from("{}()[]:,=|?$\"'\n ~!.")),
                 max_size=4)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(source=st.sampled_from(SOURCES), edits=EDITS)
def test_fast_grammar_parses_broken_text_as_the_reference(source: str, edits: list, monkeypatch: pytest.MonkeyPatch) -> None:
    for kind, where, char in edits:
        at = where % (len(source) + 1)
        source = (source[:at] + source[at + 1:] if kind == 0 else source[:at] + char + source[at:] if kind < 3
                  else source[:at])
    fast, reference = both_ways(source, monkeypatch)
    assert fast == reference


def test_nested_half_ternaries_parse_in_linear_time() -> None:
    # `(c ? a)` is read again after failing as `(c ? a : b)`: without the memo
    # on `primary`, each level would parse the one inside it twice (2**40 times).
    deep = "function f {\n  x = " + "(a ? " * 40 + "b" + ")" * 40 + "\n}\n"
    broken = "function f {\n  x = " + "(a ? " * 40 + "b" + ")" * 39 + "\n}\n"
    assert not parse(deep).problems
    assert len(parse(broken).problems) == 1


def test_every_compound_of_the_fast_grammar_is_written_out() -> None:
    # grammar/unrolled.py gives each sequence, choice and repetition its own
    # match_core (or a shortcut replaces it): none is left to the generic loops.
    from xslint.grammar import _expressions
    from xslint.grammar.fused import FusedOneOf, FusedQuantifier, FusedSequence

    generic = {FusedSequence.match_core, FusedOneOf.match_core, FusedQuantifier.match_core}
    compounds = [e for e in _expressions(grammar()) if isinstance(e, (FusedSequence, FusedOneOf, FusedQuantifier))]
    assert len(compounds) > 50
    assert all(type(e).match_core not in generic for e in compounds)
