"""The machine-readable formats' JSON writer against the standard library's, byte for byte."""

from __future__ import annotations

import json
import random

import pytest

from xslint.reporters import pretty


def standard(document: object) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


EVERY_ESCAPE = "".join(chr(c) for c in range(0x20)) + '"\\/\x7f\u2028\u2029<>&\'é😀\ufeff'

DOCUMENTS = [
    {"text": EVERY_ESCAPE, "none": None, "yes": True, "no": False, "numbers": [0, -1, 2**53, 12]},
    {"empty list": [], "empty object": {}, "nested": [[], {}, [{}], {"a": []}]},
    [],
    {},
    "alone",
    {"path": "api/ünïcode/😀.xs", "range": {"start": {"line": 1, "column": 1, "offset": 0}}},
]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_same_bytes_as_the_standard_library(document: object) -> None:
    assert pretty.dumps(document) == standard(document)


def test_same_bytes_for_random_text() -> None:
    rng = random.Random(7)
    planes = [(0, 0x7F), (0x80, 0x7FF), (0x800, 0xD7FF), (0xE000, 0xFFFF), (0x10000, 0x10FFFF)]
    for _ in range(300):
        text = "".join(chr(rng.randint(*rng.choice(planes))) for _ in range(rng.randint(0, 40)))
        document = {text: [text, {"k": text}]}
        assert pretty.dumps(document) == standard(document)


def test_a_lone_surrogate_is_written_as_the_standard_library_writes_it() -> None:
    # os.fsdecode turns a file name's invalid UTF-8 byte into one
    document = {"path": "api/caf\udce9.xs"}
    assert pretty.dumps(document) == standard(document)
