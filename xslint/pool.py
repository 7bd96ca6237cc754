"""Analyzing many files on every core: one pool per run, over the files of
every workspace together.

A task carries the file's bytes, read once by the run (they gave the cache
key, and they give the lines shown), so what is analyzed is what was keyed.
Small runs stay in this process: starting workers costs more than it saves
below a couple of megabytes of source in all. Results come back in the order
of the tasks, so the output is the same whatever the number of workers.

However the run ends, no worker outlives it. Workers ignore Ctrl-C (the
terminal sends it to them too; the parent decides what happens) and die
with the parent on Linux even when it is killed outright. On any exception
in the parent — Ctrl-C, SIGTERM turned into an exception by the CLI, a bug —
the workers are terminated before the exception goes on; a worker killed
from outside (the OS out of memory) ends the run with `WorkerLost`.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING
from xslint.layouts import Layout
from xslint.result import FileResult
from xslint.stackroom import with_room

if TYPE_CHECKING:  # the process machinery is imported only when a pool is started
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing.process import BaseProcess

Task = tuple[str, bytes, "str | None", "Layout | None"]  # (display path, bytes, path in the workspace, its layout)
Done = Callable[[str], None]  # told the display path of each file as its result arrives
PARALLEL_BYTES = 2_000_000  # below this much source, one process is faster
BATCH_MAX = 200  # files sent to a worker at once, at most
BATCH_MIN = 4  # and at least, but for the last batch
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_STOPPING = {signal.SIGINT, signal.SIGTERM}


class WorkerLost(Exception):
    """A worker process ended without returning its results (killed by a signal)."""


def analyze_all(tasks: list[Task], jobs: int | None = None, done: Done | None = None) -> list[FileResult]:
    workers = _workers(tasks, jobs)
    if workers <= 1:
        return with_room(_serial, tasks, done)
    stream = _parallel(tasks, workers)
    results: list[FileResult] = []
    try:
        for result in stream:
            results.append(result)
            if done is not None:
                done(result.path)
    finally:
        stream.close()  # now, not when garbage collected: the workers must be gone before we exit
    return results


def _serial(tasks: list[Task], done: Done | None) -> list[FileResult]:
    results = []
    for task in tasks:
        result = _run(task)
        results.append(result)
        if done is not None:
            done(result.path)
    return results


def _parallel(tasks: list[Task], workers: int) -> Generator[FileResult, None, None]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from xslint.grammar import grammar  # imported only when there is parsing to do

    grammar()  # compiled once here, inherited by the forked workers
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    batches = _batches(tasks, workers)
    others = set(multiprocessing.active_children())  # children that are not ours to stop
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_setup,
                               initargs=(os.getpid(),))
    try:
        with _signals_held(), _frozen():  # the workers start here, and must not die of Ctrl-C before they ignore it
            results = pool.map(_run_batch, batches)
        for batch in results:
            yield from batch
    except BrokenProcessPool as error:
        _stop(pool, others)
        raise WorkerLost("a worker process was killed before it finished (out of memory?)") from error
    except BaseException:
        _stop(pool, others)
        raise
    pool.shutdown(wait=True)


def _batches(tasks: list[Task], workers: int) -> list[list[Task]]:
    """The tasks in batches, each a share of what is left (guided scheduling): the first
    ones big, so sending them costs little, the last ones small, so the workers finish
    together instead of one waiting for the other's last batch (a quarter of a second
    at 200 files a batch). None is bigger than BATCH_MAX: a worker holds a whole batch
    twice (as sent and as read) and its results until the batch is done."""
    batches = []
    start = 0
    while start < len(tasks):
        size = max(BATCH_MIN, min(BATCH_MAX, (len(tasks) - start) // (workers * 2)))
        batches.append(tasks[start:start + size])
        start += size
    return batches


def _stop(pool: ProcessPoolExecutor, others: set[BaseProcess]) -> None:
    """Cancel what is queued and end the workers now: a plain shutdown would
    first let them work through the whole queue."""
    import multiprocessing

    pool.shutdown(wait=False, cancel_futures=True)
    workers = [child for child in multiprocessing.active_children() if child not in others]
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join(timeout=5)
        if worker.is_alive():
            worker.kill()
            worker.join()


@contextmanager
def _frozen() -> Iterator[None]:
    """Fork with the parent's objects out of the cycle collector's reach (`gc.freeze`):
    a worker's collections would otherwise write to every one of them, copying each
    page the worker shares with the parent. The parent's collector is as it was after.
    Left alone when something else (an editor server) has frozen objects already."""
    import gc

    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back while workers are forked: they inherit the
    mask and release it themselves once their handlers are set; the parent
    gets whatever arrived in between when the block ends."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _worker_setup(parent: int) -> None:
    """In each worker: ignore Ctrl-C (the parent decides), die of SIGTERM (the
    handler the parent's CLI installed must not run here)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPPING)
    if sys.platform == "linux":
        import ctypes

        try:  # die with the parent even if it gets SIGKILL and cannot clean up
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        except (OSError, AttributeError):
            pass  # no prctl: the parent's own clean-up still applies
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _workers(tasks: list[Task], jobs: int | None) -> int:
    if jobs is not None:
        return max(1, min(jobs, len(tasks)))
    if sum(len(task[1]) for task in tasks) < PARALLEL_BYTES:
        return 1
    return min(os.cpu_count() or 1, len(tasks))


def _run_batch(tasks: list[Task]) -> list[FileResult]:
    """In a worker: one batch of files, run with stack room (see stackroom.py)."""
    return with_room(_serial, tasks, None)


def _run(task: Task) -> FileResult:
    from xslint.analyze import analyze_bytes  # not needed by a run served from the cache

    display, data, relpath, layout = task
    return analyze_bytes(data, display, relpath, layout)
