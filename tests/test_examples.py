"""The example workspaces: each demo checks clean, and each mistakes copy
reports exactly the findings its MISTAKES.md lists, once each, where it says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import lint_in

EXAMPLES = Path(__file__).parents[1] / "examples"
ROW = re.compile(r"^\| \d+ \| `([^`]+)` \| (\d+):(\d+) \| (XS\d{3}) \| ([a-z-]+) \|", re.M)
PAIRS = [("demo", "mistakes"), ("realtime-demo", "realtime-mistakes")]


@pytest.mark.parametrize("demo", [d for d, _ in PAIRS])
def test_demo_checks_clean(demo: str) -> None:
    result = lint_in(EXAMPLES / demo)
    assert result.files > 0 and result.diagnostics == []


@pytest.mark.parametrize("mistakes", [m for _, m in PAIRS])
def test_mistakes_copy_reports_exactly_its_list(mistakes: str) -> None:
    folder = EXAMPLES / mistakes
    listed = sorted((path, int(line), int(column), code)
                    for path, line, column, code, _ in ROW.findall((folder / "MISTAKES.md").read_text("utf-8")))
    result = lint_in(folder)
    found = sorted((d.path, *result.sources[d.path].position(d.span.start), d.code) for d in result.diagnostics)
    assert listed and found == listed


def test_realtime_mistakes_plant_one_mistake_per_current_rule() -> None:
    text = (EXAMPLES / "realtime-mistakes" / "MISTAKES.md").read_text("utf-8")
    assert [code for *_, code, _ in ROW.findall(text)] == [f"XS5{n:02d}" for n in range(1, 15)]
