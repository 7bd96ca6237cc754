"""`with_room`: deep recursion without mapping and unmapping stack chunks on the way."""

from __future__ import annotations

import resource

import pytest

from xslint.stackroom import _SLOTS, _call, with_room


def descend(depth: int) -> int:
    return 0 if depth == 0 else 1 + descend(depth - 1)


def oscillate(times: int, depth: int) -> int:
    """What the parser does for every statement: down a few hundred frames and back."""
    return sum(descend(depth) for _ in range(times))


def test_the_call_is_made_with_its_arguments_and_gives_its_result() -> None:
    assert with_room(divmod, 17, 5) == (3, 2)
    assert with_room(descend, 500) == 500


def test_an_exception_goes_through() -> None:
    with pytest.raises(ZeroDivisionError):
        with_room(divmod, 1, 0)


def test_the_frame_declares_the_room() -> None:
    assert _call.__code__.co_stacksize == _SLOTS


def test_frames_inside_reuse_one_chunk() -> None:
    with_room(oscillate, 1, 400)  # whatever a first call maps once
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    assert with_room(oscillate, 2000, 400) == 800_000
    # Without the room, each of the 2,000 descents can cross a chunk boundary: 2,000+ faults.
    assert resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before < 200
