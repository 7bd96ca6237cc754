"""The example at the top of `reporters/text.py` is real output, so it cannot go stale."""

from __future__ import annotations

import textwrap

from conftest import MISTAKES, lint_in, render_text
from xslint.reporters import text


def test_the_text_reporter_example_is_what_xslint_prints() -> None:
    docstring = text.__doc__ or ""
    example = textwrap.dedent("\n".join(line for line in docstring.splitlines() if line.startswith("    ")))
    assert example.count("\n") >= 4
    assert example + "\n" in render_text(lint_in(MISTAKES))
