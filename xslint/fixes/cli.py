"""The fixing half of `xslint check`: apply, write or show, and say what was done."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from xslint.config import Config
from xslint.atomic import write_atomically
from xslint.fixes.files import unified_diff
from xslint.fixes.report import fixed_line, show_fixes
from xslint.fixes.runner import Linter, Outcome, fix_all


def apply(lint: Linter, config: Config, diff: bool, quiet: bool, listing: bool,
          stdin: Callable[[], tuple[str, str]] | None) -> Outcome:
    """Fix every file; with `diff` print the changes instead of writing them.

    Reading standard input, the fixed text goes to standard output (what an
    editor's "fix on save" pipes back into the buffer).
    """
    outcome = fix_all(lint, config, config.unsafe_fixes)
    if diff:
        click.echo("".join(unified_diff(p, outcome.before[p], outcome.after[p]) for p in outcome.changed), nl=False)
    elif stdin is not None:
        path, text = stdin()
        click.echo(outcome.after.get(path, text), nl=False)
    else:
        for path in outcome.changed:
            write_atomically(Path(path), outcome.after[path].encode("utf-8"))
    if listing:
        click.echo(show_fixes(outcome), nl=False, err=True)
    if not quiet:
        click.echo(fixed_line(outcome, would=diff), nl=False, err=True)
    return outcome

