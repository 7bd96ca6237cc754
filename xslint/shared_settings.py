"""Process-wide settings that work of this process changes for a while: the cycle
collector paused, the recursion limit raised.

Parsing a file, or a warm run decoding thousands of cached results, allocates
enough containers to set off collection after collection, each rescanning a
heap that holds nothing for it to free (22% of a warm run over 4,500 files),
so the collector is paused over them; the parser recurses a few dozen frames
per nesting level, so it needs the recursion limit raised. Both switches are
process-wide, so each is shared: the first holder changes it, the last one to
let go puts back what it found, and threads that hold it at once (an editor
server) never see it restored under them.
"""

from __future__ import annotations

import gc
import sys
import threading
from contextlib import contextmanager
from typing import Callable, ContextManager, Iterator

Change = Callable[[], Callable[[], None]]  # makes the change, returns what undoes it


class SharedSetting:
    """One process-wide change, made by its first holder and undone by its last."""

    def __init__(self, change: Change) -> None:
        self._change = change
        self._lock = threading.Lock()
        self._holders = 0
        self._undo: Callable[[], None] = lambda: None

    @contextmanager
    def held(self) -> Iterator[None]:
        with self._lock:
            if self._holders == 0:
                self._undo = self._change()
            self._holders += 1
        try:
            yield
        finally:
            with self._lock:
                self._holders -= 1
                if self._holders == 0:
                    self._undo()


def _pause_collector() -> Callable[[], None]:
    was_enabled = gc.isenabled()
    gc.disable()
    return gc.enable if was_enabled else lambda: None


def recursion_limit(limit: int) -> SharedSetting:
    """The recursion limit raised to at least `limit` while held."""

    def raise_limit() -> Callable[[], None]:
        previous = sys.getrecursionlimit()
        sys.setrecursionlimit(max(previous, limit))
        return lambda: sys.setrecursionlimit(previous)

    return SharedSetting(raise_limit)


_COLLECTOR = SharedSetting(_pause_collector)


def collector_paused() -> ContextManager[None]:
    """The cycle collector paused while held, over work that allocates much and leaves no cycles."""
    return _COLLECTOR.held()
