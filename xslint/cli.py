"""The `xslint` command line: the only module that touches the terminal."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from xslint import __version__
from xslint.diagnostics import Severity
from xslint.discover import UsageError
from xslint.engine import LintResult, lint
from xslint.reporters import json as json_reporter
from xslint.reporters import text as text_reporter

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
BUG_REPORT = "please report it at https://github.com/xslint/xslint/issues with the file that caused it"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="xslint")
def main() -> None:
    """A linter for XanoScript workspaces."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="How to print the findings.")
@click.option("--stdin-filename", type=str, default=None, metavar="PATH",
              help="Read the file's text from standard input (give `-` as the path) and check it as PATH.")
@click.option("--fail-on", type=click.Choice([s.value for s in Severity]), default="warning",
              show_default=True, help="Exit with 1 when a finding is at least this severe.")
@click.option("--exit-zero", is_flag=True, help="Exit with 0 even when there are findings.")
@click.option("--force-exclude", is_flag=True,
              help="Apply `exclude` even to files named on the command line (what pre-commit needs).")
def check(paths: tuple[Path, ...], output_format: str, stdin_filename: str | None,
          fail_on: str, exit_zero: bool, force_exclude: bool) -> None:
    """Check the .xs files under PATHS (default: the current folder)."""
    try:
        result = _run(list(paths), stdin_filename)
    except UsageError as error:
        raise click.UsageError(str(error)) from error
    except Exception as error:  # noqa: BLE001 - the promise is "never a bare traceback"
        click.echo(f"xslint: internal error: {type(error).__name__}: {error}; {BUG_REPORT}", err=True)
        sys.exit(EXIT_INTERNAL)
    click.echo(_render(result, output_format), nl=False)
    threshold = Severity(fail_on).rank
    failing = any(d.severity.rank >= threshold for d in result.diagnostics)
    sys.exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN)


def _run(paths: list[Path], stdin_filename: str | None) -> LintResult:
    if stdin_filename is None:
        if Path("-") in paths:
            raise UsageError("reading from standard input (`-`) needs --stdin-filename PATH")
        return lint(paths or [Path(".")])
    others = [p for p in paths if p != Path("-")]
    if others:
        raise UsageError("with --stdin-filename, give only `-` as the path")
    return lint([], stdin=(stdin_filename.replace(os.sep, "/"), sys.stdin.buffer.read()))


def _render(result: LintResult, output_format: str) -> str:
    if output_format == "json":
        return json_reporter.render(result)
    return text_reporter.render(result, text_reporter.Style(color=_use_color()))


def _use_color() -> bool:
    """Colour on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it."""
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()
