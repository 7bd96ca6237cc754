"""Pausing the cycle collector over work that allocates much and leaves no cycles.

Parsing a file, or a warm run decoding thousands of cached results, allocates
enough containers to set off collection after collection, each rescanning a
heap that holds nothing for it to free (22% of a warm run over 4,500 files).
The switch is process-wide, so it is shared: the first holder pauses the
collector, the last one to let go puts back what it found, and threads that
hold it at once never see it resumed under them.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_LOCK = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _holders, _was_enabled
    with _LOCK:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _LOCK:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
