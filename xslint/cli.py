"""The `xslint` command line: the only module that touches the terminal.

It turns flags and the configuration file into a `Config`, calls `lint`,
and prints what a reporter renders. Exit codes: 0 clean, 1 findings at or
above `--fail-on`, 2 usage or configuration error, 3 internal error.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

import click

from xslint import __version__
from xslint.catalog import BY_CODE
from xslint.config import Config
from xslint.config_file import find_config, load_config
from xslint.diagnostics import Severity
from xslint.discover import UsageError, display_path
from xslint.engine import LintResult, lint
from xslint.reporters import FORMATS, render, statistics_table
from xslint.rule_selector import resolve
from xslint.rules_command import rule_table, show_rule

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
BUG_REPORT = "please report it at https://github.com/xslint/xslint/issues with the file that caused it"
LEVELS = click.Choice([s.value for s in Severity])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="xslint")
def main() -> None:
    """A linter for XanoScript workspaces."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True,
              help="How to print the findings.")
@click.option("--stdin-filename", metavar="PATH", help="Check standard input (give `-` as the path) as the file PATH.")
@click.option("--select", multiple=True, metavar="RULES", help="Check only these rules (codes, names, prefixes).")
@click.option("--ignore", multiple=True, metavar="RULES", help="Do not check these rules.")
@click.option("--extend-select", multiple=True, metavar="RULES", help="Check these rules as well.")
@click.option("--fail-on", type=LEVELS, help="Exit with 1 when a finding is at least this severe [default: warning].")
@click.option("--exit-zero", is_flag=True, help="Exit with 0 even when there are findings.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead of each one.")
@click.option("--force-exclude", is_flag=True, help="Apply `exclude` to files named on the command line too.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Read the configuration from this file instead of searching for one.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("--jobs", type=click.IntRange(min=1), help="Worker processes [default: one per core, when it pays].")
@click.option("-q", "--quiet", is_flag=True, help="Print the findings only, without the summary line.")
def check(paths: tuple[Path, ...], output_format: str, stdin_filename: str | None, select: tuple[str, ...],
          ignore: tuple[str, ...], extend_select: tuple[str, ...], fail_on: str | None, exit_zero: bool,
          statistics: bool, force_exclude: bool, config_path: Path | None, no_cache: bool, jobs: int | None,
          quiet: bool) -> None:
    """Check the .xs files under PATHS (default: the current folder)."""
    try:
        config = _config(config_path, select, ignore, extend_select, fail_on, force_exclude)
        if statistics and output_format not in ("text", "concise"):
            raise UsageError("--statistics works with --format text or concise")
        result = _run(list(paths), stdin_filename, config, use_cache=not no_cache, jobs=jobs)
    except UsageError as error:
        raise click.UsageError(str(error)) from error
    except Exception as error:  # noqa: BLE001 - the promise is "never a bare traceback"
        click.echo(f"xslint: internal error: {type(error).__name__}: {error}; {BUG_REPORT}", err=True)
        sys.exit(EXIT_INTERNAL)
    color = _use_color()
    output = statistics_table(result) if statistics else render(result, output_format, color, quiet)
    click.echo(output, nl=False, color=color)  # click would strip our colours when not on a terminal
    for error in result.errors:
        rule = BY_CODE[error.rule].name + f" ({error.rule})" if error.rule in BY_CODE else error.rule
        click.echo(f"xslint: internal error in {rule} on {error.path}: {error.error}; {BUG_REPORT}", err=True)
    if result.errors:
        sys.exit(EXIT_INTERNAL)
    failing = any(d.severity.rank >= config.fail_on.rank for d in result.diagnostics)
    sys.exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN)


def _config(path: Path | None, select: tuple[str, ...], ignore: tuple[str, ...], extend: tuple[str, ...],
            fail_on: str | None, force_exclude: bool) -> Config:
    if path is not None and not path.is_file():
        raise UsageError(f'--config: "{path}" is not a file')
    config = load_config(path if path is not None else find_config(Path.cwd()))
    flags = {"--select": _split(select), "--ignore": _split(ignore), "--extend-select": _split(extend)}
    for flag, selectors in flags.items():
        for selector in selectors:
            if not resolve(selector):
                raise UsageError(f'{flag}: "{selector}" is not a rule code, name or prefix')
    return dataclasses.replace(
        config,
        select=flags["--select"] or config.select,
        ignore=config.ignore + flags["--ignore"],
        extend_select=config.extend_select + flags["--extend-select"],
        fail_on=Severity(fail_on) if fail_on else config.fail_on,
        force_exclude=force_exclude or config.force_exclude,
    )


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    """`--select XS1,XS2 --select XS3` → ("XS1", "XS2", "XS3")."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _run(paths: list[Path], stdin_filename: str | None, config: Config, use_cache: bool,
         jobs: int | None) -> LintResult:
    if stdin_filename is None:
        if Path("-") in paths:
            raise UsageError("reading from standard input (`-`) needs --stdin-filename PATH")
        return lint(paths or [Path(".")], config=config, use_cache=use_cache, jobs=jobs)
    if [p for p in paths if p != Path("-")]:
        raise UsageError("with --stdin-filename, give only `-` as the path")
    shown = display_path(Path(stdin_filename))
    return lint([], stdin=(shown, sys.stdin.buffer.read()), config=config, use_cache=use_cache, jobs=jobs)


def _use_color() -> bool:
    """Colour on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it."""
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


@main.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(output_format: str) -> None:
    """List every rule: code, name, default severity and summary."""
    click.echo(rule_table(output_format), nl=False)


@main.command("rule")
@click.argument("code_or_name")
def rule(code_or_name: str) -> None:
    """Print the document of one rule (XS201 or undeclared-channel)."""
    try:
        click.echo(show_rule(code_or_name), nl=False)
    except UsageError as error:
        raise click.UsageError(str(error)) from error
