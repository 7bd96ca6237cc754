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


RETIRED_CASE = FIXTURES / "rules" / "pass_xs107_retired_anonymous_with_auth_channel"


@pytest.mark.parametrize("selector", ["XS107", "contradictory-channel-auth", "XS10"])
def test_selecting_a_retired_rule_is_accepted_and_reports_nothing(selector: str) -> None:
    """XS107 is retired: its code stays valid in --select (configurations keep working),
    and the channel it used to report (anonymous clients + auth_channel) stays clean."""
    from click.testing import CliRunner

    from xslint import cli

    result = CliRunner().invoke(cli.main, ["check", "--no-cache", "--select", selector,
                                           "--format", "concise", str(RETIRED_CASE)])
    assert result.exit_code == 0, result.output
    assert "XS107" not in result.output


def test_a_suppression_naming_a_retired_rule_is_reported_unused(workspace) -> None:
    root = workspace({"realtime/channel/feed.xs": "// xslint-disable-next-line XS107\n"
                      + (RETIRED_CASE / "realtime" / "channel" / "room.xs").read_text(encoding="utf-8")})
    assert [d.code for d in lint_in(root).diagnostics] == ["XS005", "XS401"]
