"""The pool: the same results in the same order for any number of workers, the
parent's collector left as it was found, and batches that let the workers finish together."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from benchmarks.generate import generate_workspace
from xslint.pool import BATCH_MAX, BATCH_MIN, Task, _batches, analyze_all


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


@pytest.mark.parametrize(("files", "workers"), [(1, 2), (7, 2), (100, 2), (5_000, 2), (20_000, 8)])
def test_batches_shrink_towards_the_end_so_the_workers_finish_together(files: int, workers: int) -> None:
    tasks: list[Task] = [(f"f{n}.xs", b"", None, None) for n in range(files)]
    batches = _batches(tasks, workers)
    sizes = [len(batch) for batch in batches]
    assert [task for batch in batches for task in batch] == tasks  # all of them, in order
    assert sizes == sorted(sizes, reverse=True) and max(sizes) <= BATCH_MAX
    assert sizes[-1] <= BATCH_MIN  # the last one is as small as batches get
