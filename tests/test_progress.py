"""Progress shows on a terminal's stderr only: never when stderr is piped,
never with --quiet, never in stdout, whatever the format."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from xslint import cli, progress
from xslint.reporters import FORMATS

FILES = 19  # in examples/mistakes (the showcase)


@pytest.fixture
def terminal(monkeypatch) -> None:
    monkeypatch.setattr(cli, "_stderr_is_terminal", lambda: True)


@pytest.fixture(autouse=True)
def few_files_are_many(monkeypatch) -> None:
    monkeypatch.setattr(progress, "FROM_FILES", 1)


def run(*args: str):
    return CliRunner().invoke(cli.main, ["check", "--no-cache", *args], catch_exceptions=False)


def test_a_terminal_sees_files_done_of_all(showcase, terminal) -> None:
    result = run("--format", "json")
    assert f"\rxslint: {FILES} of {FILES} files checked" in result.stderr
    assert "\rxslint: 1 of 19 files checked" in result.stderr
    assert result.stderr.endswith("\r\x1b[K")  # wiped before the findings are printed
    assert json.loads(result.stdout)["files"] == FILES


@pytest.mark.parametrize("output_format", FORMATS)
def test_stdout_is_the_same_with_progress_on_stderr(showcase, terminal, output_format: str, monkeypatch) -> None:
    shown = run("--format", output_format)
    monkeypatch.setattr(cli, "_stderr_is_terminal", lambda: False)
    plain = run("--format", output_format)
    assert "files checked" in shown.stderr and "files checked" not in shown.stdout
    assert shown.stdout == plain.stdout and plain.stderr == ""


def test_quiet_shows_no_progress(showcase, terminal) -> None:
    assert run("--quiet").stderr == ""


def test_a_warm_run_counts_cached_files_too(showcase, terminal, monkeypatch) -> None:
    CliRunner().invoke(cli.main, ["check"])
    assert f"{FILES} of {FILES} files checked" in CliRunner().invoke(cli.main, ["check"]).stderr


def test_few_files_show_nothing(showcase, terminal, monkeypatch) -> None:
    monkeypatch.setattr(progress, "FROM_FILES", FILES + 1)
    assert run().stderr == ""
