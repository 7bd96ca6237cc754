"""Fixing as properties: over every rule fixture and over generated workspaces
with planted fixable mistakes (misspelt keys, duplicate attributes, wrong
message_history, changed trigger inputs, unused suppressions, missing
settings keys, old trigger actions; LF, CRLF and BOM files), applying every
fix (`--fix --unsafe-fixes`) never adds a syntax error, a second run changes
nothing, and the `--diff` output through `patch -p1` gives the fixed files."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from xslint.config import Config
from xslint.engine import lint
from xslint.fixes.files import unified_diff
from xslint.fixes.runner import Outcome, fix_all
from xslint.parser import parse

EXAMPLES = Path(__file__).parents[1] / "examples"
CASES = sorted(p for p in (FIXTURES / "rules").iterdir() if p.is_dir())
FAST = settings(max_examples=int(os.environ.get("XSLINT_FIX_EXAMPLES", 25)), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _fix(root: Path) -> tuple[Outcome, dict[str, str]]:
    """Fix the workspace in memory; the outcome and, by display path, each file's path under `root`."""
    config = Config(fix=True, unsafe_fixes=True)
    outcome = fix_all(lambda buffers: lint([root], config=config, use_cache=False, jobs=1, buffers=buffers), config, True)
    relative = {p: str(Path(p).resolve().relative_to(root.resolve())) for p in outcome.after}
    return outcome, relative


def check_fixing(root: Path, scratch: Path) -> None:
    outcome, relative = _fix(root)
    for path in outcome.changed:
        assert len(parse(outcome.after[path]).problems) <= len(parse(outcome.before[path]).problems), path
    diff = "".join(unified_diff(relative[p], outcome.before[p], outcome.after[p]) for p in outcome.changed)
    fixed = scratch / "fixed"
    shutil.copytree(root, fixed)
    for path in outcome.changed:
        (fixed / relative[path]).write_bytes(outcome.after[path].encode("utf-8"))
    again, _ = _fix(fixed)
    assert again.changed == [], "a second run found more to fix"
    patched = scratch / "patched"
    shutil.copytree(root, patched)
    if diff:
        subprocess.run(["patch", "-s", "-p1"], input=diff.encode("utf-8"), cwd=patched, check=True)
    assert _tree(patched) == _tree(fixed)


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.xs"))}


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_fixing_every_rule_fixture(case: Path, tmp_path: Path) -> None:
    check_fixing(case, tmp_path)


# ── generated workspaces ───────────────────────────────────────────────────


def _misspell(text: str, n: int) -> str:
    keys = re.findall(r"\b(description|presence|nested_channels|auth_channel|anonymous_clients|access|delivery|"
                      r"realtime_server|active|public_messaging)\b", text)
    if not keys:
        return text
    key = keys[n % len(keys)]
    cut = 1 + n % (len(key) - 2)
    return text.replace(key, key[:cut] + key[cut + 1:], 1)


def _duplicate(text: str, n: int) -> str:
    lines = text.split("\n")
    simple = [i for i, line in enumerate(lines) if re.match(r"^\s+\w+\s*[=:]\s*[^{\[\s][^{\[]*$", line)]
    if not simple:
        return text
    i = simple[n % len(simple)]
    return "\n".join(lines[:i + 1] + [lines[i]] + lines[i + 1:])


def _history(text: str, n: int) -> str:
    return re.sub(r"message_history(\s*):(\s*)\d+", rf"message_history\1:\g<2>{n % 1500}", text, count=1)


def _input(text: str, n: int) -> str:
    changes = [("int dbo_id", "text dbo_id"), ("    json payload\n", ""), ("text channel\n", "text channel\n    text note\n"),
               ('"join"]', '"join", "connection"]'), ("json extras", "text extras")]
    old, new = changes[n % len(changes)]
    return text.replace(old, new, 1)


def _suppress(text: str, n: int) -> str:
    lines = text.split("\n")
    i = 1 + n % max(len(lines) - 1, 1)
    indent = re.match(r"\s*", lines[i - 1] if i - 1 < len(lines) else "").group(0)
    return "\n".join(lines[:i] + [f"{indent}// xslint-disable-next-line XS20{n % 10}"] + lines[i:])


def _settings(text: str, n: int) -> str:
    lines = text.split("\n")
    keyed = [i for i, line in enumerate(lines)
             if re.match(r"^\s+(anonymous_clients|nested_channels|message_history|auth_channel|presence)\s*:", line)]
    return "\n".join(line for i, line in enumerate(lines) if not keyed or i != keyed[n % len(keyed)])


def _actions(text: str, n: int) -> str:
    return text.replace(["join: true", "message: true", "connect: true"][n % 3],
                        ["connection: true", "mesage: true", "conect: true"][n % 3], 1)


MISTAKES = [_misspell, _duplicate, _history, _input, _suppress, _settings, _actions]


def _variant(text: str, kind: int) -> str:
    if kind & 1:
        text = text.replace("\n", "\r\n")
    if kind & 2:
        text = "\ufeff" + text
    return text


@st.composite
def workspaces(draw) -> tuple[str, dict[str, str]]:  # noqa: ANN001
    demo = draw(st.sampled_from(["demo", "realtime-demo"]))
    root = EXAMPLES / demo
    texts = {str(p.relative_to(root)): p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.xs"))}
    planted = draw(st.lists(st.tuples(st.sampled_from(MISTAKES), st.integers(0, 10_000)), min_size=1, max_size=5))
    changed: dict[str, str] = {}
    for mistake, n in planted:  # each mistake in one of the files where it changes something
        current = {path: changed.get(path, text) for path, text in texts.items()}
        fitting = [path for path, text in current.items() if mistake(text, n) != text]
        if fitting:
            path = fitting[n % len(fitting)]
            changed[path] = mistake(current[path], n)
    kinds = draw(st.lists(st.integers(0, 3), min_size=len(changed), max_size=len(changed)))
    return demo, {path: _variant(text, kind) for (path, text), kind in zip(sorted(changed.items()), kinds)}


@FAST
@given(workspaces())
def test_fixing_generated_workspaces(tmp_path_factory, planted: tuple[str, dict[str, str]]) -> None:
    demo, changed = planted
    scratch = tmp_path_factory.mktemp("fixing")
    root = scratch / "ws"
    shutil.copytree(EXAMPLES / demo, root)
    for path, text in changed.items():
        (root / path).write_bytes(text.encode("utf-8"))
    check_fixing(root, scratch)
