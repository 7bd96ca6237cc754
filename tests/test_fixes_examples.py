"""The mistakes workspaces, fixed: `--fix --unsafe-fixes` on a copy leaves exactly
the findings of MISTAKES.md whose rule has no fix, and fixes nothing else."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from test_examples import EXAMPLES, ROW
from xslint.checks import FIXES
from xslint.cli import main


def _run(root: Path, *args: str) -> str:
    here = os.getcwd()
    os.chdir(root)
    try:
        return CliRunner().invoke(main, ["check", "--no-cache", *args]).stdout_bytes.decode()
    finally:
        os.chdir(here)


@pytest.mark.parametrize("mistakes", ["mistakes", "realtime-mistakes"])
def test_fixing_leaves_only_the_mistakes_without_a_fix(mistakes: str, tmp_path: Path) -> None:
    copy = tmp_path / mistakes
    shutil.copytree(EXAMPLES / mistakes, copy)
    rows = [(path, code) for path, _, _, code, _ in ROW.findall((copy / "MISTAKES.md").read_text("utf-8"))]
    _run(copy, "--fix", "--unsafe-fixes")
    left = json.loads(_run(copy, "--format", "json", "--exit-zero"))["diagnostics"]
    assert sorted((d["path"], d["code"]) for d in left) == sorted(r for r in rows if FIXES[r[1]] is None)
    assert all(d["fix"] is None for d in left)
    fixed = {path for path, code in rows if FIXES[code] is not None}
    changed = {str(p.relative_to(copy)) for p in copy.rglob("*.xs")
               if p.read_bytes() != (EXAMPLES / mistakes / p.relative_to(copy)).read_bytes()}
    assert fixed and changed == fixed  # no file without a fixable mistake was touched


def test_the_readme_shows_fixing_the_mistakes(tmp_path: Path) -> None:
    """The README's console example is what the command prints (the fixing summary
    on standard error comes first: it is written before the findings)."""
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    fixes = readme.split("### Fixes", 1)[1].split("\n### ", 1)[0]
    block = re.search(r"^```console\n(.*?)^```", fixes, re.S | re.M).group(1)
    commands = [line[2:] for line in block.splitlines() if line.startswith("$ ")]
    shown = [line for line in block.splitlines() if not line.startswith("$ ")]
    copy = tmp_path / "mistakes"
    shutil.copytree(EXAMPLES / "mistakes", copy)
    args = shlex.split(commands[-1])[2:]
    here = os.getcwd()
    os.chdir(copy)
    try:
        result = CliRunner().invoke(main, ["check", "--no-cache", *args])
    finally:
        os.chdir(here)
    assert result.exit_code == 1
    assert shown == result.stderr.splitlines() + result.stdout.splitlines()
