"""The pool: the same results in the same order for any number of workers, and
the parent's collector left as it was found."""

from __future__ import annotations

import gc
from pathlib import Path

from benchmarks.generate import generate_workspace
from xslint.pool import Task, analyze_all


def tasks(tmp_path: Path, count: int) -> list[Task]:
    root = tmp_path / "ws"
    paths = generate_workspace(root, count, seed=5)
    return [(str(p), p.read_bytes(), p.relative_to(root).as_posix(), None) for p in sorted(paths)]


def test_workers_give_what_one_process_gives(tmp_path: Path) -> None:
    work = tasks(tmp_path, 40)
    seen: list[str] = []
    serial = analyze_all(work, jobs=1)
    assert analyze_all(work, jobs=2, done=seen.append) == serial
    assert [r.path for r in serial] == [t[0] for t in work] == seen
    assert gc.get_freeze_count() == 0


def test_objects_frozen_by_the_caller_stay_frozen(tmp_path: Path) -> None:
    work = tasks(tmp_path, 6)
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        analyze_all(work, jobs=2)
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
