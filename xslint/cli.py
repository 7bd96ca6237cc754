"""The `xslint` command line: with `interrupt` and `progress`, the only code that touches the terminal.

It turns flags and the configuration file into a `Config`, calls `lint`,
and prints what a reporter renders. Exit codes: 0 clean, 1 findings at or
above `--fail-on`, 2 usage or configuration error, 3 internal error, 4 a
worker process was killed from outside (the run did not finish), 130
stopped by Ctrl-C, 143 stopped by SIGTERM (128 + the signal, as shells say).
"""

from __future__ import annotations

import dataclasses
import os
import sys
import threading
from pathlib import Path

import click

from xslint import __version__
from xslint.catalog import BY_CODE
from xslint.config import Config
from xslint.config_file import find_config, load_config
from xslint.diagnostics import Severity
from xslint.discover import UsageError, display_path
from xslint.engine import LintResult, lint
from xslint.fixes.report import available_line
from xslint.interrupt import STOPPED, stoppable
from xslint.pool import WorkerLost
from xslint.progress import ProgressLine
from xslint.reporters import FORMATS, render, statistics_table
from xslint.rule_selector import resolve
from xslint.rules_command import rule_table, show_rule

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3  # 4, 130, 143: see xslint.interrupt
BUG_REPORT = "please report it at https://github.com/xslint/xslint/issues with the file that caused it"
LEVELS = click.Choice([s.value for s in Severity])


# Set once a check has written its output: the process may then leave at once (see `entry`).
_CHECK_DONE = threading.Event()


def entry() -> None:
    """The `xslint` command. A check that has written its output leaves without tearing
    the interpreter down: freeing a large run's objects one by one costs more than a warm
    run spends rendering (20 ms at 5,000 files). Its output is flushed first; its pool,
    cache and progress line are done with by then. A run stopped from outside leaves so
    too: the threads of its stopped pool, which the teardown would wait for, may never end.
    Anything else ends as usual."""
    try:
        main()
    except SystemExit as stop:
        if not (_CHECK_DONE.is_set() or stop.code in STOPPED):
            raise
        _leave(stop.code)


def _leave(code: object) -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a reader that went away: nothing more can be told to it
    os._exit(code if isinstance(code, int) else 0 if code is None else EXIT_INTERNAL)


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
@click.option("--fix/--no-fix", default=None, help="Apply the safe fixes [default: off, or `fix` in the configuration].")
@click.option("--unsafe-fixes/--no-unsafe-fixes", default=None, help="Apply (or offer) the unsafe fixes too.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff and change nothing (exit 1 if any).")
@click.option("--fix-only", is_flag=True, help="Apply the fixes and report nothing else.")
@click.option("--show-fixes", is_flag=True, help="List the fixes applied, per file and rule.")
@stoppable
def check(paths: tuple[Path, ...], output_format: str, stdin_filename: str | None, select: tuple[str, ...],
          ignore: tuple[str, ...], extend_select: tuple[str, ...], fail_on: str | None, exit_zero: bool,
          statistics: bool, force_exclude: bool, config_path: Path | None, no_cache: bool, jobs: int | None,
          quiet: bool, fix: bool | None, unsafe_fixes: bool | None, diff: bool, fix_only: bool,
          show_fixes: bool) -> None:
    """Check the .xs files under PATHS (default: the current folder)."""
    try:
        config = _config(config_path, select, ignore, extend_select, fail_on, force_exclude)
        config = dataclasses.replace(config, fix=config.fix if fix is None else fix,
                                     unsafe_fixes=config.unsafe_fixes if unsafe_fixes is None else unsafe_fixes)
        if statistics and output_format not in ("text", "concise"):
            raise UsageError("--statistics works with --format text or concise")
        run = _Run(list(paths), stdin_filename, config, not no_cache, jobs,
                   ProgressLine(sys.stderr) if not quiet and _stderr_is_terminal() else None)
        try:
            if diff or fix_only or config.fix:
                from xslint.fixes import cli as fixing  # only when fixing

                outcome = fixing.apply(run.lint, config, diff, quiet, show_fixes,
                                       run.stdin_text if stdin_filename is not None else None)
                if diff or fix_only:
                    sys.exit(EXIT_FINDINGS if diff and outcome.changed else EXIT_CLEAN)
                result = outcome.result
            else:
                result = run.lint({})
        finally:
            if run.progress is not None:
                run.progress.clear()  # also when stopped: the last line must start at column one
    except UsageError as error:
        raise click.UsageError(str(error)) from error
    except WorkerLost:
        raise  # not a bug: see xslint.interrupt
    except Exception as error:  # noqa: BLE001 - the promise is "never a bare traceback"
        click.echo(f"xslint: internal error: {type(error).__name__}: {error}; {BUG_REPORT}", err=True)
        sys.exit(EXIT_INTERNAL)
    _CHECK_DONE.set()
    color = _use_color()
    output = statistics_table(result) if statistics else render(result, output_format, color, quiet)
    machine = output_format not in ("text", "concise")
    if stdin_filename is not None and config.fix:
        output, machine = "", True  # standard output carries the fixed text; findings would corrupt it
    click.echo(output, nl=False, color=color)  # click would strip our colours when not on a terminal
    if not quiet and not statistics and output_format == "text" and not machine:
        # concise lines feed problem matchers, machine formats carry each finding's fix themselves
        click.echo(available_line(result.diagnostics, config, config.fix, config.unsafe_fixes), nl=False)
    for failure in result.errors:
        rule = BY_CODE[failure.rule].name + f" ({failure.rule})" if failure.rule in BY_CODE else failure.rule
        click.echo(f"xslint: internal error in {rule} on {failure.path}: {failure.error}; {BUG_REPORT}", err=True)
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


@dataclasses.dataclass
class _Run:
    """One `check`'s inputs; `lint` may be called again with fixed texts (`buffers`)."""

    paths: list[Path]
    stdin_filename: str | None
    config: Config
    use_cache: bool
    jobs: int | None
    progress: ProgressLine | None = None
    _stdin: tuple[str, bytes] | None = None

    def lint(self, buffers: dict[str, bytes]) -> LintResult:
        if self.stdin_filename is None:
            if Path("-") in self.paths:
                raise UsageError("reading from standard input (`-`) needs --stdin-filename PATH")
            return lint(self.paths or [Path(".")], config=self.config, use_cache=self.use_cache, jobs=self.jobs,
                        buffers=buffers, progress=self.progress)
        if [p for p in self.paths if p != Path("-")]:
            raise UsageError("with --stdin-filename, give only `-` as the path")
        if self._stdin is None:  # standard input can be read once; later passes reuse it
            self._stdin = (display_path(Path(self.stdin_filename)), sys.stdin.buffer.read())
        return lint([], stdin=self._stdin, config=self.config, use_cache=self.use_cache, jobs=self.jobs,
                    buffers=buffers, progress=self.progress)

    def stdin_text(self) -> tuple[str, str]:
        """The display path and text read from standard input (after the first `lint`)."""
        assert self._stdin is not None
        return self._stdin[0], self._stdin[1].decode("utf-8", errors="replace")


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


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


@main.command("server")
def server() -> None:
    """Run the language server (LSP over standard input and output) for editors."""
    try:
        from xslint.server.app import serve
    except ImportError as error:  # pygls is an optional extra
        raise click.ClickException(f"the language server needs the `server` extra: pip install 'xslint[server]' "
                                   f"({error})") from error
    serve()
