"""How a run that is stopped from outside ends: cleanly, with one line on
stderr, no traceback, and an exit code of its own: 130 for Ctrl-C, 143 for
SIGTERM (128 + the signal, as shells report it), 4 when a worker process was
killed from outside (the OS, out of memory). The workers are gone by then
(see xslint.pool).

Ctrl-C raises `KeyboardInterrupt`; SIGTERM (what CI sends when a step times
out) would end the process on the spot, leaving worker processes behind and
no word on stderr, so while a run lasts it raises `Terminated` instead. Both
derive from `BaseException`, so the `except Exception` that contains a
rule's bug does not swallow them, and every `finally` on the way out runs.
"""

from __future__ import annotations

import functools
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any, NoReturn

import click

from xslint.pool import WorkerLost

# What shells report for a process ended by a signal: 128 + the signal number.
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143
EXIT_WORKER_LOST = 4
# How a stopped run ends: its workers are gone by then, so the process may leave without
# tearing the interpreter down, where waiting on the dead pool's threads could hang it
STOPPED = frozenset({EXIT_INTERRUPTED, EXIT_TERMINATED, EXIT_WORKER_LOST})


class Terminated(BaseException):
    """SIGTERM arrived while xslint was running."""


@contextmanager
def sigterm_raises() -> Iterator[None]:
    """Within the block, SIGTERM raises `Terminated` in the main thread; the
    previous handler is restored afterwards (tests run the CLI in-process)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; the default stays
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated()


def stoppable(command: Callable[..., None]) -> Callable[..., None]:
    """Wrap a CLI command so that a run stopped from outside ends as this module says."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            with sigterm_raises():
                command(*args, **kwargs)
        except KeyboardInterrupt:
            _stopped("stopped by Ctrl-C before the run finished", EXIT_INTERRUPTED)
        except Terminated:
            _stopped("stopped by SIGTERM before the run finished", EXIT_TERMINATED)
        except WorkerLost as error:
            _stopped(f"{error}; the run did not finish", EXIT_WORKER_LOST)

    return run


def _stopped(reason: str, code: int) -> NoReturn:
    click.echo(f"xslint: {reason}", err=True)
    # The pool's helper threads and finalizers may still trip over pipes the
    # dead workers closed; their complaints are noise after the line above.
    sys.unraisablehook = _quiet
    threading.excepthook = _quiet
    sys.exit(code)


def _quiet(*_: Any) -> None:
    pass
