"""Every complete definition in Xano's XanoScript docs parses.

The examples are extracted by `tests/reference/refresh.py` (MIT, see
`tests/reference/LICENSE`). The docs also show templates and deliberate
mistakes; those are listed below, once, with the reason, and must keep failing
so the list never outlives its reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xslint.parser import parse

EXAMPLES = sorted((Path(__file__).parent / "reference" / "examples").glob("*.xs"))

_TEMPLATE = "a template with <placeholders>, not code"
_ELIDED = "a body elided as `{ ... }`"
EXCLUDED = {
    "addons__L11.xs": _TEMPLATE,
    "apis__L35.xs": _TEMPLATE,
    "functions__L15.xs": _TEMPLATE,
    "apis__L242.xs": _ELIDED,
    "branch__L11.xs": _ELIDED,
    "functions__L28.xs": _ELIDED,
    "tasks__L11.xs": _ELIDED,
    "tools__L15.xs": _ELIDED,
    "unit-testing__L11.xs": _ELIDED,
    "workflow-tests__L11.xs": _ELIDED,
    "workflow-tests__L188.xs": _ELIDED,
    "workspace__L11.xs": _ELIDED,
    **{f"triggers__L{line}.xs": _ELIDED
       for line in (169, 219, 256, 305, 349, 394, 428, 478, 514, 562)},
    "middleware__L11.xs": 'lists allowed values as `"silent" | "rethrow" | "critical"`, a notation',
    "middleware__L92.xs": "`$input.token|strlen > 0`: a filter followed by an operator without "
                          "parentheses, which syntax.md and essentials.md (mistakes 2-3) call an error",
    "working__L359.xs": "a definition followed by loose statements: a page of snippets, not a file",
}
VALID = [p for p in EXAMPLES if p.name not in EXCLUDED]
INVALID = [p for p in EXAMPLES if p.name in EXCLUDED]


def test_the_examples_are_there() -> None:
    assert len(EXAMPLES) >= 120
    assert set(EXCLUDED) <= {p.name for p in EXAMPLES}


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_documented_definition_parses(path: Path) -> None:
    result = parse(path.read_text(encoding="utf-8"))
    assert result.problems == ()
    assert result.document.definitions


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_excluded_example_still_fails_for_its_reason(path: Path) -> None:
    assert parse(path.read_text(encoding="utf-8")).problems
