"""Reading a file's bytes without a buffered file object, whatever kind of file it is,
the cycle collector paused over a run and put back after it, and positions found
in a file's text."""

from __future__ import annotations

import gc
import os
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import MISTAKES
from xslint.shared_settings import collector_paused
from xslint.engine import lint
from xslint.source import SourceFile, file_bytes


@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 65_537, 300_000])
def test_a_regular_file_is_read_whole(tmp_path: Path, size: int) -> None:
    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    (tmp_path / "f.xs").write_bytes(data)
    assert file_bytes(str(tmp_path / "f.xs")) == data


def test_a_file_that_reports_no_size_is_read_to_its_end() -> None:
    reading, writing = os.pipe()
    os.write(writing, b"query x {}\n" * 3000)  # more than one read's worth
    os.close(writing)
    try:
        assert file_bytes(f"/dev/fd/{reading}") == b"query x {}\n" * 3000
    finally:
        os.close(reading)


def test_a_folder_cannot_be_read_as_a_file(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        file_bytes(str(tmp_path))


def test_the_collector_is_paused_while_a_run_checks_and_put_back_after() -> None:
    seen: list[bool] = []
    lint([MISTAKES], use_cache=False, jobs=1, progress=lambda done, total: seen.append(gc.isenabled()))
    assert seen and not any(seen)
    assert gc.isenabled()


def test_the_collector_resumes_only_when_its_last_holder_lets_go() -> None:
    first_in, first_out = threading.Event(), threading.Event()

    def hold() -> None:
        with collector_paused():
            first_in.set()
            first_out.wait()

    holder = threading.Thread(target=hold)
    holder.start()
    first_in.wait()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread still holds it
    first_out.set()
    holder.join()
    assert gc.isenabled()


def test_a_collector_paused_before_stays_paused() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab\n\r\t é", max_size=300), st.lists(st.integers(0, 400), max_size=12))
def test_a_position_is_the_same_asked_in_any_order(text: str, offsets: list[int]) -> None:
    """Scanning on from the last position asked (findings come in order) gives what
    counting from the start of the text gives, whatever the order of the questions."""
    source = SourceFile("a.xs", text)
    for offset in (min(o, len(text)) for o in offsets):
        line = text.count("\n", 0, offset) + 1
        assert source.position(offset) == (line, offset - text.rfind("\n", 0, offset))
