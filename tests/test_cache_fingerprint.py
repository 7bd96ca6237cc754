"""The result cache is foreign as soon as anything the analysis reads changes:
xslint's code, and the schemas and rule documents, which an editable install
reads from the top of the checkout, outside the package."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from xslint import cache
from xslint.resources import data_dir


@pytest.fixture
def copied_data(tmp_path: Path, monkeypatch) -> Path:
    """The schemas and rules as a checkout holds them, in a folder the test may edit."""
    for name in ("schemas", "rules"):
        shutil.copytree(data_dir(name), tmp_path / name)
    monkeypatch.setattr(cache, "data_dir", lambda name: tmp_path / name)
    return tmp_path


def fingerprint() -> str:
    cache.tool_fingerprint.cache_clear()
    return cache.tool_fingerprint()


@pytest.mark.parametrize("edit", ["schemas/realtime_channel.schema.json", "rules/undeclared-channel.md"])
def test_editing_shipped_data_changes_the_fingerprint(copied_data: Path, edit: str) -> None:
    before = fingerprint()
    assert fingerprint() == before  # stable while nothing changes
    file = copied_data / edit
    file.write_text(file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert fingerprint() != before


def test_a_new_schema_changes_the_fingerprint(copied_data: Path) -> None:
    before = fingerprint()
    (copied_data / "schemas/extra.schema.json").write_text("{}", encoding="utf-8")
    assert fingerprint() != before


def test_the_real_data_folders_are_fingerprinted() -> None:
    labels = {label for label, _ in cache.fingerprinted_files()}
    for name in ("schemas", "rules"):
        assert {f"{name}/{p.name}" for p in data_dir(name).iterdir() if p.is_file()} <= labels
    assert "xslint/grammar/xanoscript.peg" in labels and "xslint/cache.py" in labels


def teardown_module() -> None:
    cache.tool_fingerprint.cache_clear()  # the next tests see the real data again


def test_an_edit_of_the_same_size_changes_the_fingerprint(copied_data: Path) -> None:
    """Files count by size and modification time, as Python's bytecode cache judges a module."""
    before = fingerprint()
    file = copied_data / "schemas/realtime_channel.schema.json"
    text = file.read_text(encoding="utf-8")
    stamp = file.stat().st_mtime_ns
    file.write_text(text.replace("1000", "2500", 1), encoding="utf-8")
    os.utime(file, ns=(stamp + 1_000_000_000, stamp + 1_000_000_000))  # a later save, even on a coarse clock
    assert len(file.read_text(encoding="utf-8")) == len(text) and fingerprint() != before
