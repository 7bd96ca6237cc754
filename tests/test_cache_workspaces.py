"""The workspace rules' findings kept in the cache: reused only while no file of the
workspace changed, and never dependent on the configuration of the run that stored them."""

from __future__ import annotations

from pathlib import Path

import pytest

import xslint.engine
from xslint.config import Config
from xslint.engine import lint


def _shown(config: Config = Config(), use_cache: bool = True) -> list[str]:
    return [f"{d.path}:{d.span.start}:{d.code}:{d.message}" for d in lint([Path(".")], config=config,
                                                                        use_cache=use_cache).diagnostics]


def _no_workspace_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("the workspace rules ran although no file changed")

    monkeypatch.setattr(xslint.engine, "check_workspace", refuse)


def test_an_unchanged_workspace_reuses_its_findings(showcase: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = _shown(use_cache=False)
    assert any(":XS201:" in line for line in cold), "the example must have a workspace finding"
    assert _shown() == cold  # fills the cache
    with monkeypatch.context() as patched:
        _no_workspace_rules(patched)
        assert _shown() == cold


def test_a_run_with_fewer_rules_stores_what_every_rule_finds(showcase: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    narrow, cold = Config(select=("XS101",)), _shown(use_cache=False)
    assert _shown(narrow) == _shown(narrow, use_cache=False)  # fills the cache, XS201 not selected
    with monkeypatch.context() as patched:
        _no_workspace_rules(patched)
        assert _shown() == cold


def test_a_changed_file_runs_the_workspace_rules_again(showcase: Path) -> None:
    before = _shown()
    channel = showcase / "realtime/channel/room.xs"
    channel.write_text(channel.read_text(encoding="utf-8").replace('"room:*"', '"lobby:*"'), encoding="utf-8")
    after = _shown()
    assert after == _shown(use_cache=False)
    assert after != before


def test_a_removed_file_runs_the_workspace_rules_again(showcase: Path) -> None:
    _shown()
    (showcase / "realtime/channel/room.xs").unlink()
    assert _shown() == _shown(use_cache=False)
