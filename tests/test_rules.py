"""One workspace folder per rule case, with a snapshot of what the user sees.

Folders are named `<code>_<case>` (the case must report that code) or
`pass_<case>` (the case must report nothing at all).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, lint_in, render_text

CASES = sorted(p for p in (FIXTURES / "rules").iterdir() if p.is_dir())


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_rule_case(case: Path, snapshot) -> None:
    result = lint_in(case)
    codes = {d.code for d in result.diagnostics}
    if case.name.startswith("pass_"):
        assert result.diagnostics == []
    else:
        assert case.name.split("_")[0].upper() in codes
    assert render_text(result) == snapshot
