"""Calling deeply recursive work without CPython's stack-chunk churn.

CPython 3.11+ keeps Python frames on a per-thread stack made of 16 KB chunks,
mapped with `mmap` when a call needs a new one and unmapped as soon as the
call that opened it returns. The parser recurses a few hundred frames deep
and back for every statement, so wherever a chunk boundary falls inside that
range, each crossing costs an `mmap`, a page fault and a `munmap`. Where the
boundaries fall depends only on how deep the caller already is: measured on
500 generated files, the same parse took 1.9 s or 5.7 s CPU (480,000 page
faults) depending on the caller's depth alone, and a pool worker (called
from deeper than the main process) paid ~2 s more system time per 5,000
files than a serial run.

`with_room(fn, *args)` calls `fn` from a frame that declares a very large
value stack. That frame needs a chunk of its own, allocated at twice its
size (chunks grow by doubling), so everything `fn` calls runs in the free
half: a single mapping, reused for every frame down to ~4,000 levels. The
frame's unused stack is never touched, so it costs address space, not
memory. On another interpreter, or one whose code objects cannot be
changed, `fn` is simply called.
"""

from __future__ import annotations

from typing import Callable, TypeVar

T = TypeVar("T")

# Value-stack slots of the roomy frame: 512 KB, so its chunk is 1 MB with 512 KB free.
_SLOTS = 65_536


def _call(fn: Callable[..., T], *args: object) -> T:
    return fn(*args)


try:
    _call.__code__ = _call.__code__.replace(co_stacksize=_SLOTS)
except (AttributeError, TypeError, ValueError):  # pragma: no cover - not CPython
    pass


def with_room(fn: Callable[..., T], *args: object) -> T:
    """`fn(*args)`, run with ~512 KB of frame stack free in one chunk."""
    return _call(fn, *args)
