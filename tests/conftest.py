"""Shared helpers for the test suite."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from xslint.config import Config
from xslint.engine import LintResult, lint
from xslint.reporters import text

FIXTURES = Path(__file__).parent / "fixtures"
MISTAKES = Path(__file__).parents[1] / "examples" / "mistakes"


def render_text(result: LintResult) -> str:
    """What a person sees in a terminal, without colour."""
    return text.render(result, text.Style(color=False))


def lint_in(folder: Path, *names: str, config: Config = Config()) -> LintResult:
    """Lint files of `folder` with paths shown relative to it."""
    here = Path.cwd()
    os.chdir(folder)
    try:
        return lint([Path(n) for n in names] or [Path(".")], config=config)
    finally:
        os.chdir(here)


@pytest.fixture(autouse=True, scope="session")
def _cache_outside_the_tree(tmp_path_factory) -> None:
    """Tests lint fixtures inside the repository; their cache goes elsewhere."""
    os.environ["XSLINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("xslint-cache"))


@pytest.fixture
def workspace(tmp_path: Path):
    """Write {relative path: text} files into a temporary workspace and return its root."""

    def write(files: dict[str, str | bytes]) -> Path:
        for name, content in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return tmp_path

    return write


@pytest.fixture
def showcase(tmp_path: Path, monkeypatch) -> Path:
    """A copy of examples/mistakes as the current folder, with its own cache folder."""
    root = tmp_path / "showcase"
    shutil.copytree(MISTAKES, root, ignore=shutil.ignore_patterns(".xslint_cache"))
    monkeypatch.chdir(root)
    monkeypatch.setenv("XSLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return root
