"""Analyzing many files on every core.

Small runs stay in this process: starting workers costs more than it saves
below a couple of megabytes. Results come back in the order of the tasks,
so the output is the same whatever the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from xslint.analyze import FileResult, analyze_path
from xslint.grammar import grammar

Task = tuple[str, Path, "str | None"]  # (display path, path, path inside the workspace)
PARALLEL_BYTES = 2_000_000  # below this much source, one process is faster


def analyze_all(tasks: list[Task], jobs: int | None = None) -> list[FileResult]:
    workers = _workers(tasks, jobs)
    if workers <= 1:
        return [_run(task) for task in tasks]
    grammar()  # compiled once here, inherited by the forked workers
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    chunk = max(1, len(tasks) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(_run, tasks, chunksize=chunk))


def _workers(tasks: list[Task], jobs: int | None) -> int:
    if jobs is not None:
        return max(1, min(jobs, len(tasks)))
    if sum(_size(path) for _, path, _ in tasks) < PARALLEL_BYTES:
        return 1
    return min(os.cpu_count() or 1, len(tasks))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _run(task: Task) -> FileResult:
    display, path, relpath = task
    return analyze_path(path, display, relpath)
