"""The result cache's JSON form: exact round trips, damage rejected, paths moved."""

from __future__ import annotations

from pathlib import Path

from conftest import MISTAKES
from xslint.analyze import analyze_path
from xslint.cache import decode_result, encode_result

FILES = sorted(MISTAKES.rglob("*.xs"))


def _result(path: Path, display: str):
    return analyze_path(path, display, path.relative_to(MISTAKES).as_posix())


def test_every_result_comes_back_equal() -> None:
    for path in FILES:
        result = _result(path, "shown/" + path.name)
        assert decode_result(encode_result(result), "shown/" + path.name) == result


def test_a_result_stored_from_another_folder_is_shown_at_this_run_s_path() -> None:
    path = MISTAKES / "realtime/channel/room.xs"
    stored = _result(path, "elsewhere/room.xs")
    assert stored.found, "the fixture must have findings for this test to mean something"
    moved = decode_result(encode_result(stored), "here/room.xs")
    assert moved == _result(path, "here/room.xs")


def test_damaged_entries_are_misses() -> None:
    path = MISTAKES / "realtime/channel/room.xs"
    data = encode_result(_result(path, "room.xs"))
    assert b'"code":"XS101"' in data and b'"start":' in data
    for damaged in (data.replace(b'"code":"XS101"', b'"code":"XS999"'),    # no such rule
                    data.replace(b'"start":', b'"start":-1,"was":', 1),     # a negative offset
                    data.replace(b'"help":', b'"help":1,"was":', 1),         # help that is not text
                    data[: len(data) // 2], b"[]"):
        assert decode_result(damaged, "room.xs") is None
