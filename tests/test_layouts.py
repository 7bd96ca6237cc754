"""Workspaces in every layout Xano's tools write (tests/fixtures/layouts/<case>).

Each layout case is a small, correct workspace: from its root, from a parent
folder and from any single file (what pre-commit passes), its root is found,
its channels resolve across files, and nothing is misplaced. A wrong
placement in it is XS003.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, lint_in, render_text
from xslint.engine import lint
from xslint.roots import RootFinder

LAYOUTS = FIXTURES / "layouts"
EXPECTED = {  # case folder → layout letter (SPEC section 1)
    "pull": "A", "git_sync": "C", "extension": "D", "extension_paths": "D", "early_cli": "E",
    "calycode": "F", "run_job": "H", "kind_folder_groups": "A",
}
CASES = sorted(EXPECTED)


def files_of(case: Path) -> list[str]:
    return sorted(p.relative_to(case).as_posix() for p in case.rglob("*.xs"))


@pytest.mark.parametrize("name", CASES)
def test_root_and_layout_from_every_scope(name: str) -> None:
    case = LAYOUTS / name
    finder = RootFinder()
    for scope in (None, str(case), str(case.parent)):
        for relpath in files_of(case):
            place = finder.place(str(case / relpath), scope)
            assert (place.root, place.layout and place.layout.name) == (str(case), EXPECTED[name]), relpath


@pytest.mark.parametrize("name", CASES)
def test_clean_from_root_and_parent(name: str) -> None:
    case = LAYOUTS / name
    assert lint_in(case).diagnostics == []
    assert lint_in(case.parent, name).diagnostics == []


@pytest.mark.parametrize("name", CASES)
def test_clean_from_each_single_file(name: str) -> None:
    """A channel, trigger or event named alone still sees the rest of its workspace."""
    case = LAYOUTS / name
    for relpath in files_of(case):
        assert lint_in(case, relpath).diagnostics == [], relpath


def test_the_event_alone_is_undeclared(tmp_path: Path) -> None:
    """The single-file cases above can fail: without its workspace, the event's channel is unknown."""
    shutil.copy(LAYOUTS / "pull" / "function" / "notify" / "chat.xs", tmp_path / "chat.xs")
    shutil.copy(LAYOUTS / "lone_folders" / "b" / "news.xs", tmp_path / "news.xs")  # some channel is declared
    assert [d.code for d in lint_in(tmp_path, "chat.xs").diagnostics] == ["XS201"]


WRONG = {  # case → (where a table is put by mistake)
    "pull": "function/order.xs",
    "git_sync": "realtime_channels/triggers/106_order.xs",
    "extension": "functions/chat/order.xs",
    "extension_paths": "logic/order.xs",
    "early_cli": "function/order.xs",
    "calycode": "function/order/script.freezed.xs",
    "run_job": "function/order.xs",
    "kind_folder_groups": "api/task/order.xs",
}


def test_wrong_placement_in_each_layout(tmp_path: Path, snapshot) -> None:
    shown = []
    for name in CASES:
        case = tmp_path / name
        shutil.copytree(LAYOUTS / name, case)
        (case / WRONG[name]).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(LAYOUTS / "pull" / "table" / "order.xs", case / WRONG[name])
        result = lint_in(case, WRONG[name])
        assert [d.code for d in result.diagnostics] == ["XS003"], name
        shown.append(f"{name}: {result.diagnostics[0].message} ({result.diagnostics[0].help})")
    assert "\n".join(shown) == snapshot


def test_monorepo_gets_one_workspace_each() -> None:
    """Both declare "chat:*" (no XS106 across them); only ws_one declares "news"."""
    result = lint_in(LAYOUTS / "monorepo")
    assert render_text(result).splitlines()[0] == \
        'ws_two/functions/notify_news.xs:7:17: XS201 no declared channel matches "news"'
    assert [(d.path, d.code) for d in result.diagnostics] == [("ws_two/functions/notify_news.xs", "XS201")]


def test_lone_files_are_checked_with_their_own_folder_only() -> None:
    """What a lone file is told does not depend on which other files were named."""
    case = LAYOUTS / "lone_folders"

    def found(*names: str) -> set[tuple[str, str]]:
        return {(d.path, d.code) for d in lint_in(case, *names).diagnostics}

    everything = found(".")
    assert ("a/one.xs", "XS106") in everything and ("b/two.xs", "XS201") in everything
    for name in ("a/one.xs", "a/dup.xs", "b/two.xs", "b/news.xs"):
        alone = found(name)
        assert alone == {f for f in everything if f[0] == name}
        assert found(name, "b/two.xs" if name.startswith("a/") else "a/one.xs") >= alone


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


CHANNEL = (LAYOUTS / "pull" / "realtime" / "channel" / "chat.xs").read_text()
EVENT = (LAYOUTS / "pull" / "function" / "notify" / "chat.xs").read_text()


def test_search_stops_at_the_repository_root(tmp_path: Path) -> None:
    outer = write(tmp_path, {"realtime/channel/chat.xs": CHANNEL, "repo/notes/chat.xs": EVENT})
    (outer / "repo" / ".git").mkdir()
    place = RootFinder().place(str(outer / "repo" / "notes" / "chat.xs"), None)
    assert (place.root, place.layout) == (str(outer / "repo" / "notes"), None)
    (outer / "repo" / ".git").rmdir()
    (outer / "repo" / ".git").write_text("gitdir: elsewhere\n")  # a worktree's .git is a file
    assert RootFinder().place(str(outer / "repo" / "notes" / "chat.xs"), None).layout is None


def test_a_workspace_inside_a_repository_is_found_from_a_named_subfolder(tmp_path: Path) -> None:
    repo = write(tmp_path, {"function/notify/chat.xs": EVENT, "realtime/channel/chat.xs": CHANNEL})
    (repo / ".git").mkdir()
    place = RootFinder().place(str(repo / "function" / "notify" / "chat.xs"), str(repo / "function"))
    assert (place.root, place.layout.name) == (str(repo), "A")
    assert lint_in(repo / "function").diagnostics == []


def test_an_unrelated_realtime_folder_further_up_captures_nothing(tmp_path: Path) -> None:
    write(tmp_path, {
        "realtime/channel/chat.xs": CHANNEL,  # unrelated, further up
        "projects/ws/function/notify/chat.xs": EVENT.replace('"chat:"', '"feed:"'),
        "projects/ws/table/order.xs": (LAYOUTS / "pull" / "table" / "order.xs").read_text(),
        "projects/scratch/chat.xs": EVENT,
    })
    finder = RootFinder()
    for scope in (None, str(tmp_path / "projects")):
        place = finder.place(str(tmp_path / "projects" / "ws" / "function" / "notify" / "chat.xs"), scope)
        assert place.root == str(tmp_path / "projects" / "ws")
    lone = finder.place(str(tmp_path / "projects" / "scratch" / "chat.xs"), str(tmp_path / "projects"))
    assert (lone.root, lone.layout) == (str(tmp_path / "projects" / "scratch"), None)
    # neither ws nor scratch declares a channel (XS402); the "chat:*" further up must not count for either
    found = {(d.path, d.code) for d in lint_in(tmp_path / "projects").diagnostics}
    assert found == {("ws/function/notify/chat.xs", "XS402"), ("scratch/chat.xs", "XS402")}


def test_a_parent_folder_of_workspaces_is_no_root(tmp_path: Path) -> None:
    """Like /work/corpus: folders of workspaces, no markers of its own."""
    for name in ("pull", "git_sync", "extension"):
        shutil.copytree(LAYOUTS / name, tmp_path / name)
    result = lint([tmp_path], use_cache=False)
    assert result.diagnostics == []
    finder = RootFinder()
    roots = {finder.place(str(p), str(tmp_path)).root for p in tmp_path.rglob("*.xs")}
    assert roots == {str(tmp_path / name) for name in ("pull", "git_sync", "extension")}


def test_one_cache_goes_to_the_project_root(tmp_path: Path, monkeypatch) -> None:
    """Not one per workspace: the repository's root (or the current folder outside one) holds it."""
    for name in ("extension", "pull"):
        shutil.copytree(LAYOUTS / name, tmp_path / "repo" / name)
    (tmp_path / "repo" / ".git").mkdir()
    (tmp_path / "repo" / "extension" / "sub").mkdir()
    monkeypatch.delenv("XSLINT_CACHE_DIR")
    monkeypatch.chdir(tmp_path / "repo" / "extension" / "sub")
    lint([Path("../functions/chat/notify.xs"), Path("../../pull")])
    assert [p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob(".xslint_cache")] == ["repo/.xslint_cache"]
    (tmp_path / "repo" / ".git").rmdir()
    lint([Path("../functions/chat/notify.xs")])
    assert (tmp_path / "repo" / "extension" / "sub" / ".xslint_cache").is_dir()


def test_a_repository_or_named_folder_called_like_a_layout_folder_is_still_a_root(tmp_path: Path) -> None:
    pull = LAYOUTS / "pull"
    shutil.copytree(pull, tmp_path / "api")  # a clone named `api`
    (tmp_path / "api" / ".git").mkdir()
    finder = RootFinder()
    assert finder.place(str(tmp_path / "api" / "table" / "order.xs"), None).root == str(tmp_path / "api")
    shutil.copytree(pull, tmp_path / "home" / "functions")  # no repository: the named folder
    named = str(tmp_path / "home" / "functions")
    assert finder.place(named + "/table/order.xs", named).root == named
    assert lint_in(tmp_path / "home" / "functions").diagnostics == []


def test_a_monorepo_backend_called_api_is_a_root(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(LAYOUTS / "pull", repo / "api")
    (repo / "web").mkdir()
    (repo / ".git").mkdir()
    place = RootFinder().place(str(repo / "api" / "function" / "notify" / "chat.xs"), str(repo))
    assert (place.root, place.layout.name) == (str(repo / "api"), "A")
    assert lint_in(repo).diagnostics == []
