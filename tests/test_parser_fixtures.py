"""One fixture per construct family: valid files lower to a snapshotted tree with
no problems; invalid files give the snapshotted diagnostics a user would read."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, lint_in, render_text
from xslint.config import Config
from xslint.parser import parse
from xslint.treedump import dump

VALID = sorted((FIXTURES / "parser" / "valid").glob("*.xs"))
INVALID = sorted((FIXTURES / "parser" / "invalid").glob("*.xs"))


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_valid_fixture_parses_to_its_tree(path: Path, snapshot) -> None:
    result = parse(path.read_bytes().decode("utf-8"))
    assert result.problems == ()
    assert len(result.document.definitions) == 1
    assert dump(result.document) == snapshot


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_fixture_reports_syntax_errors(path: Path, snapshot) -> None:
    result = lint_in(path.parent, path.name, config=Config(select=("XS001",)))
    assert result.diagnostics, "an invalid fixture must produce a finding"
    assert render_text(result) == snapshot
