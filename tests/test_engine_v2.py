"""Engine v2: one read per file, re-entrant `lint`, the incremental session, and
schema ownership declared by the rules themselves."""

from __future__ import annotations

import builtins
import gc
import io
import os
import re
import shutil
import sys
import threading
from pathlib import Path

from conftest import MISTAKES
from xslint.checks import CHECKS
from xslint.config import Config
from xslint.engine import lint
from xslint.session import Session

SCHEMA_RULES = {"XS101", "XS102", "XS103", "XS109", "XS204", "XS205", "XS206", "XS301", "XS302", "XS303", "XS306",
                "XS507", "XS508", "XS509", "XS511"}


def test_each_file_is_read_once(monkeypatch) -> None:
    reads: list[str] = []

    def counted(original):  # noqa: ANN001, ANN202
        def opening(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202 - the opener's own signature
            reads.append(str(file))
            return original(file, *args, **kwargs)
        return opening

    # every way of reading a file ends in io.open (Path.read_bytes and read_text too) or os.open
    monkeypatch.setattr(io, "open", counted(io.open))
    monkeypatch.setattr(builtins, "open", counted(builtins.open))
    monkeypatch.setattr(os, "open", counted(os.open))
    result = lint([MISTAKES])
    assert result.diagnostics and result.sources
    xs_reads = [r for r in reads if r.endswith(".xs")]
    assert len(xs_reads) == len(set(xs_reads)) == len(list(MISTAKES.rglob("*.xs")))


def test_lint_in_threads_at_once_gives_what_one_gives_and_leaves_the_process_as_it_was() -> None:
    limit, collecting = sys.getrecursionlimit(), gc.isenabled()
    alone = lint([MISTAKES], use_cache=False).diagnostics
    together: list[list] = []

    def run() -> None:
        together.append(lint([MISTAKES], use_cache=False).diagnostics)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert together == [alone] * 4
    assert (sys.getrecursionlimit(), gc.isenabled()) == (limit, collecting)


def test_an_edit_in_a_session_gives_what_lint_gives_for_the_same_text(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    shutil.copytree(MISTAKES, root, ignore=shutil.ignore_patterns(".xslint_cache"))
    session = Session([root], use_cache=False)
    session.load()
    channel = root / "realtime/channel/room.xs"
    text = channel.read_text(encoding="utf-8").replace("message_history: 500", "message_history: 100")
    changed = session.update(str(channel), text)
    assert str(channel) in changed
    expected = lint([root], use_cache=False, buffers={str(channel): text.encode()}).diagnostics
    found = sorted((d for findings in session.findings().values() for d in findings), key=lambda d: d.sort_key())
    assert [(Path(d.path), d.code, d.span) for d in found] == [(Path(d.path), d.code, d.span) for d in expected]
    assert session.tree(str(channel)) is not None and session.workspace(str(channel)) is not None
    session.close(str(channel))
    assert session.findings_of(str(channel)) == tuple(d for d in lint([root], use_cache=False).diagnostics
                                                      if d.path == str(channel))


def test_each_schema_backed_rule_declares_its_part_and_the_schema_code_names_no_rule() -> None:
    declared = {check.RULE.code for check in CHECKS if hasattr(check, "SCHEMA")}
    assert declared == SCHEMA_RULES
    package = Path(__file__).parents[1] / "xslint"
    for module in ("schema_check.py", "realtime_v2/schema.py"):
        assert not re.search(r'"XS\d{3}"', (package / module).read_text(encoding="utf-8")), module


def test_configuration_answers_are_computed_whole() -> None:
    config = Config(select=("XS1",))
    assert config.enabled() is config.enabled() and "XS101" in config.enabled() and "XS201" not in config.enabled()


def analyzed_files(monkeypatch) -> list[str]:  # noqa: ANN001
    """The display paths of the files each run from now on analyzes (not from the cache), in order."""
    import xslint.filephase

    analyzed: list[str] = []
    original = xslint.filephase.analyze_all

    def counted(tasks, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202 - analyze_all's signature
        analyzed.extend(task[0] for task in tasks)
        return original(tasks, *args, **kwargs)

    monkeypatch.setattr(xslint.filephase, "analyze_all", counted)
    return analyzed


def test_copies_of_a_workspace_are_analyzed_once_and_reported_at_their_own_paths(tmp_path: Path,
                                                                                  monkeypatch) -> None:
    """Branches of one workspace side by side: a file with the same bytes at the same place
    has the same result, so it is analyzed once; every copy still gets its findings."""
    for branch in ("main", "staging"):
        shutil.copytree(MISTAKES, tmp_path / branch)
    monkeypatch.chdir(tmp_path)
    analyzed = analyzed_files(monkeypatch)
    both = lint([Path(".")], use_cache=False, jobs=1).diagnostics
    files = len(list(MISTAKES.rglob("*.xs")))
    assert len(analyzed) == files and {name.split("/")[0] for name in analyzed} == {"main"}
    monkeypatch.chdir(tmp_path / "staging")
    alone = lint([Path(".")], use_cache=False, jobs=1).diagnostics
    staging = [d for d in both if d.path.startswith("staging/")]
    assert [(d.path.removeprefix("staging/"), d.code, d.message, d.span) for d in staging] == \
           [(d.path, d.code, d.message, d.span) for d in alone]


def test_each_copy_s_workspace_keeps_the_shared_cache_entries(tmp_path: Path, monkeypatch) -> None:
    """A copy is analyzed once, but both workspaces own the entry: emptying one keeps the other warm."""
    from xslint.cache import ResultCache

    for branch in ("main", "staging"):
        shutil.copytree(MISTAKES, tmp_path / "repo" / branch, ignore=shutil.ignore_patterns(".xslint_cache"))
    monkeypatch.chdir(tmp_path / "repo")
    monkeypatch.setenv("XSLINT_CACHE_DIR", str(tmp_path / "cache"))
    lint([Path(".")], jobs=1)
    stored = ResultCache(tmp_path / "cache", Path.cwd())
    main, staging = (set(stored.stored_owners[name]) for name in ("main", "staging"))
    assert main and main == staging


def test_analyzing_a_file_leaves_no_reference_cycle() -> None:
    # A cycle (a unit and the events it caches, a closure that calls itself)
    # keeps a whole syntax tree alive until the cycle collector finds it.
    from xslint.analyze import analyze_text

    files = sorted(MISTAKES.rglob("*.xs")) + sorted((MISTAKES.parent / "realtime-mistakes").rglob("*.xs"))
    assert len(files) > 5
    texts = {path: path.read_text(encoding="utf-8") for path in files}
    for path, text in texts.items():  # first, what is built once per process (schema validators, …)
        analyze_text(text, path.name, path.name)
    gc.collect()
    gc.disable()
    try:
        for path, text in texts.items():
            analyze_text(text, path.name, path.name)
            gc.disable()  # analyze_text resumes the collector it found running
            assert gc.collect() == 0, path
    finally:
        gc.enable()


def test_files_in_no_workspace_are_cached_too(tmp_path: Path, monkeypatch) -> None:
    """A file in no workspace is checked alone, so its result depends on its bytes only: the
    next run takes it from the cache, at whatever path the same bytes stand."""
    loose = tmp_path / "loose"
    loose.mkdir()
    broken = 'function "a" {\n  stack {\n    var $x { value = 1 + }\n  }\n}\n'
    (loose / "a.xs").write_text(broken, encoding="utf-8")
    (loose / "b.xs").write_text(broken, encoding="utf-8")  # the same bytes under another name
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XSLINT_CACHE_DIR", str(tmp_path / "cache"))
    analyzed = analyzed_files(monkeypatch)
    first = lint([Path("loose")], jobs=1).diagnostics
    assert analyzed == ["loose/a.xs"]  # b.xs is a copy of it
    again = lint([Path("loose")], jobs=1).diagnostics
    assert analyzed == ["loose/a.xs"]  # nothing analyzed again
    assert again == first and {d.path for d in first} == {"loose/a.xs", "loose/b.xs"}
    (loose / "b.xs").write_text(broken.replace("1 +", "2"), encoding="utf-8")
    assert [d.path for d in lint([Path("loose")], jobs=1).diagnostics] == ["loose/a.xs"]
    assert analyzed == ["loose/a.xs", "loose/b.xs"]
