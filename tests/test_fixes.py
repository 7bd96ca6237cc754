"""Fixes: one pass of edits, the fixing loop, and the command line around them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from conftest import FIXTURES
from xslint.checks import FIXES
from xslint.cli import main
from xslint.diagnostics import Applicability, Edit, Fix, Span
from xslint.fixes.edits import apply_pass
from xslint.fixes.files import unified_diff

SAFE = Applicability.SAFE
FIXABLE = sorted(p for p in (FIXTURES / "rules").iterdir()
                 if p.is_dir() and FIXES.get(p.name.split("_")[0].upper()) is not None)

UNUSED = """function notify {
  input {
    int id
  }
  stack {
    // xslint-disable-next-line XS201 -- nothing here
    var $x { value = 1 }
  }
  response = null
}
"""


def _fix(start: int, end: int, text: str, title: str = "t") -> Fix:
    return Fix(title, (Edit(Span(start, end), text),), SAFE)


def test_a_pass_applies_fixes_that_do_not_overlap() -> None:
    done = apply_pass("abcdef", [_fix(4, 5, "E"), _fix(0, 1, "A")])
    assert done.text == "AbcdEf"
    assert not done.deferred


def test_overlapping_fixes_wait_for_the_next_pass() -> None:
    first, second = _fix(1, 3, "X"), _fix(2, 4, "Y")
    done = apply_pass("abcdef", [second, first])
    assert (done.text, done.applied, done.deferred) == ("aXdef", (first,), (second,))


def test_two_insertions_at_one_place_are_not_ordered_by_guess() -> None:
    done = apply_pass("ab", [_fix(1, 1, "x", "one"), _fix(1, 1, "y", "two")])
    assert done.text == "axb" and len(done.deferred) == 1


def test_a_fix_whose_edits_leave_the_text_is_skipped() -> None:
    done = apply_pass("ab", [_fix(1, 9, "x")])
    assert done.text == "ab" and done.deferred


def test_the_same_fix_twice_is_applied_once() -> None:
    assert apply_pass("abc", [_fix(1, 2, ""), _fix(1, 2, "")]).text == "ac"


def _check(root: Path, *args: str, stdin: bytes | None = None) -> Result:
    here = os.getcwd()
    os.chdir(root)
    try:
        return CliRunner().invoke(main, ["check", "--no-cache", *args], input=stdin)
    finally:
        os.chdir(here)


def test_fix_writes_the_file_and_the_finding_is_gone(workspace) -> None:
    root = workspace({"function/notify.xs": UNUSED})
    result = _check(root, "--fix")
    assert result.exit_code == 0, result.output
    assert "xslint-disable" not in (root / "function/notify.xs").read_text()
    assert "Fixed 1 finding in 1 file." in result.output
    assert _check(root).exit_code == 0


def test_fix_keeps_bom_and_crlf(workspace) -> None:
    data = ("\ufeff" + UNUSED).replace("\n", "\r\n").encode()
    root = workspace({"function/notify.xs": data})
    assert _check(root, "--fix").exit_code == 0
    expected = data.replace(b"    // xslint-disable-next-line XS201 -- nothing here\r\n", b"")
    assert (root / "function/notify.xs").read_bytes() == expected


def test_diff_changes_nothing_and_exits_1(workspace) -> None:
    root = workspace({"function/notify.xs": UNUSED})
    result = _check(root, "--diff")
    assert result.exit_code == 1
    assert "-    // xslint-disable-next-line XS201 -- nothing here" in result.output
    assert (root / "function/notify.xs").read_text() == UNUSED


def test_diff_with_nothing_to_fix_exits_0(workspace) -> None:
    root = workspace({"function/notify.xs": UNUSED.replace("    // xslint-disable-next-line XS201 -- nothing here\n", "")})
    assert _check(root, "--diff").exit_code == 0


def test_unfixable_rules_are_left_alone(workspace) -> None:
    root = workspace({"function/notify.xs": UNUSED, "xslint.toml": 'unfixable = ["XS005"]\n'})
    result = _check(root, "--fix")
    assert result.exit_code == 1
    assert (root / "function/notify.xs").read_text() == UNUSED


def test_fix_from_the_configuration(workspace) -> None:
    root = workspace({"function/notify.xs": UNUSED, "xslint.toml": "fix = true\n"})
    assert _check(root).exit_code == 0
    assert "xslint-disable" not in (root / "function/notify.xs").read_text()


def test_fix_only_reports_nothing_else(workspace) -> None:
    root = workspace({"function/notify.xs": UNUSED + "// xslint-disable-file XS201\n",
                      "function/broken.xs": "function broken {\n  stack {\n"})
    result = _check(root, "--fix-only", "--show-fixes")
    assert result.exit_code == 0
    assert "XS001" not in result.output
    assert "2 × XS005 (unused-suppression)" in result.output


def test_standard_input_gets_the_fixed_text_back(workspace) -> None:
    root = workspace({"function/other.xs": "function other {\n  stack {\n  }\n}\n"})
    result = _check(root, "--fix", "--stdin-filename", "function/notify.xs", "-", stdin=UNUSED.encode())
    assert result.exit_code == 0
    assert result.stdout == UNUSED.replace("    // xslint-disable-next-line XS201 -- nothing here\n", "")


def test_a_text_finding_names_its_fix(workspace) -> None:
    root = workspace({"function/notify.xs": UNUSED})
    result = _check(root)
    assert "= fix (safe): remove the unused suppression comment" in result.output
    assert "1 fixable with --fix." in result.output


@pytest.mark.parametrize("case", FIXABLE, ids=[p.name for p in FIXABLE])
def test_fixing_a_rule_case(case: Path, tmp_path: Path, snapshot) -> None:
    """Per case: the diff (snapshot), the fixed findings are gone, nothing new appears,
    a second run changes nothing, and `--diff` through `patch` equals `--fix`."""
    fixed, patched = tmp_path / "fixed", tmp_path / "patched"
    shutil.copytree(case, fixed)
    shutil.copytree(case, patched)
    before = _codes(_check(fixed, "--format", "json", "--exit-zero").stdout)
    # the bytes: click's `stdout` turns CRLF into LF, and CRLF files must keep theirs
    diff = _check(patched, "--diff", "--unsafe-fixes").stdout_bytes.decode()
    assert diff == snapshot
    _check(fixed, "--fix", "--unsafe-fixes")
    after = _check(fixed, "--format", "json", "--exit-zero", "--unsafe-fixes")
    assert _codes(after.stdout) <= before
    assert "fix" not in _fixable(after.stdout)
    assert _check(fixed, "--diff", "--unsafe-fixes").stdout == ""
    if diff:
        subprocess.run(["patch", "-s", "-p1"], input=diff.encode(), cwd=patched, check=True)
    assert _tree(patched) == _tree(fixed)


def _codes(output: str) -> set[tuple[str, str]]:
    return {(d["path"], d["code"]) for d in json.loads(output)["diagnostics"]}


def _fixable(output: str) -> set[str]:
    return {"fix" for d in json.loads(output)["diagnostics"] if d["fix"] is not None}


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.xs"))}


def test_unified_diff_marks_a_missing_last_newline() -> None:
    assert unified_diff("a.xs", "x\n", "y").endswith("+y\n\\ No newline at end of file\n")
