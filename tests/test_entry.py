"""The `xslint` command as a process: a finished check leaves without tearing the
interpreter down (cli.entry), and still writes all its output and its exit code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from conftest import MISTAKES
from xslint import cli


def run(*args: str, cwd: Path = MISTAKES) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "xslint", *args], cwd=cwd, capture_output=True, text=True,
                          env={"NO_COLOR": "1", "PATH": "", "XSLINT_CACHE_DIR": str(cwd / ".xslint_cache")},
                          check=False)


def test_a_finished_check_writes_everything_and_keeps_its_exit_code(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.chdir(MISTAKES)
    monkeypatch.setenv("XSLINT_CACHE_DIR", str(tmp_path))
    for args in (["check", "--format", "json", "."], ["check", "."], ["check", "--exit-zero", "."]):
        process = run(*args, "--no-cache")
        in_process = CliRunner().invoke(cli.main, [*args, "--no-cache"])
        assert (process.returncode, process.stdout) == (in_process.exit_code, in_process.output)
    assert run("check", "--no-cache", ".").returncode == cli.EXIT_FINDINGS


def test_other_ends_are_unchanged(tmp_path: Path) -> None:
    usage = run("check", "nowhere", cwd=tmp_path)
    assert usage.returncode == cli.EXIT_USAGE and "does not exist" in usage.stderr
    assert run("--version", cwd=tmp_path).stdout.startswith("xslint")
    assert run("check", "--no-cache", ".", cwd=tmp_path).returncode == cli.EXIT_CLEAN


def test_a_reader_that_goes_away_is_no_traceback() -> None:
    """`xslint check | head -1`: the pipe closes early; no traceback, and the process ends."""
    process = subprocess.Popen([sys.executable, "-m", "xslint", "check", "--no-cache", "--format", "json", "."],
                               cwd=MISTAKES, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(10)
    process.stdout.close()
    process.wait(timeout=60)
    assert b"Traceback" not in process.stderr.read()
