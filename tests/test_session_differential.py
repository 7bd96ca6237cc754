"""The incremental engine against the whole-run one, on random edits: after any
sequence of edits through `Session.update`, the session's findings are exactly
what `lint` finds for the same texts. Edits replace values of attributes and
object entries (channel patterns, settings, realtime names) or cut text out,
in the realtime rule fixtures and the examples, where the session's shortcuts
(channel answers kept while no declaration changes) matter most."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from xslint.engine import lint
from xslint.session import Session

ROOT = Path(__file__).parents[1]
WORKSPACES = sorted(p for p in [*(FIXTURES / "rules").iterdir(), *(ROOT / "examples").iterdir()]
                    if p.is_dir() and len(list(p.rglob("*.xs"))) >= 2)
VALUES = ["[1]", "{}", "1.5", "null", '""', "true", "false", "$v", '"room:*"', '"rooms/{id}"', '"room:lobby"',
          "{join: true}", '"all"', "100", "25", '"chat"', '"other"', '"x:*"', '"rooms/" ~ $id', '"room:" ~ $input.id']
# the value after `key =` at a line's start, or after `key:` in an object
SITE = re.compile(r"(?m)(^\s*[A-Za-z_]\w*\s*=\s*|[A-Za-z_]\w*\s*:\s*)([^\n,{}\[\]]+|\{[^{}\n]*\}|\[[^\[\]\n]*\])")

edits = st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 10_000), st.sampled_from(VALUES), st.booleans()),
                 min_size=1, max_size=5)


def edited(text: str, site: int, value: str, cut: bool) -> str:
    sites = list(SITE.finditer(text))
    if cut or not sites:
        at = site % (len(text) + 1)
        return text[:at] + text[at + 1 + site % 9:]
    match = sites[site % len(sites)]
    return text[:match.start(2)] + value + text[match.end(2):]


def comparable(diagnostics) -> list[tuple]:  # noqa: ANN001 - any iterable of Diagnostic
    return sorted((os.path.realpath(d.path), d.code, d.span.start, d.span.end, d.message) for d in diagnostics)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(workspace=st.sampled_from(WORKSPACES), steps=edits)
def test_edits_in_a_session_give_what_a_whole_run_gives(tmp_path: Path, workspace: Path, steps) -> None:  # noqa: ANN001
    root = tmp_path / "ws"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(workspace, root, ignore=shutil.ignore_patterns(".xslint_cache"))
    files = sorted(str(p) for p in root.rglob("*.xs"))
    session = Session([root], use_cache=False)
    session.load()
    texts: dict[str, str] = {}
    for which, site, value, cut in steps:
        path = files[which % len(files)]
        texts[path] = edited(texts.get(path) or Path(path).read_text(encoding="utf-8"), site, value, cut)
        session.update(path, texts[path])
    whole = lint([root], use_cache=False, buffers={path: text.encode() for path, text in texts.items()})
    assert session.take_errors() == [] and whole.errors == []
    assert comparable(d for found in session.findings().values() for d in found) == comparable(whole.diagnostics)
