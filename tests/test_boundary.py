"""A `.xs` file that is a symbolic link out of the repository (or, without
one, out of what was named) is reported as XS002 and never read: no output
format shows a byte of its target, and the cache holds nothing of it. Links
that stay inside work as before."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from xslint import cli
from xslint.engine import lint
from xslint.reporters import FORMATS

SECRET = "hunter2_token_0451"
# XanoScript with a syntax error on the secret's line: read through, the text format would print that line.
TARGET = f'function "stolen" {{\n  stack {{\n    var $x {{ value = {SECRET} ! }}\n  }}\n}}\n'
CHANNEL = 'realtime_channel "room:*" {\n  active = true\n}\n'
TABLE = 'table "note" {\n  schema {\n    int id\n    text body? ( \n  }\n}\n'  # XS001, shown with its line


@pytest.fixture
def repository(tmp_path: Path, monkeypatch) -> Path:
    """repo/ (a git checkout) holding links out to outside/ and one link inside; outside/ holds the secret."""
    outside = tmp_path / "outside"
    (outside / "folder").mkdir(parents=True)
    (outside / "credentials").write_text(TARGET, encoding="utf-8")
    (outside / "folder/leak.xs").write_text(TARGET, encoding="utf-8")
    repo = tmp_path / "repo"
    for folder in (".git", "function", "realtime/channel", "table"):
        (repo / folder).mkdir(parents=True)
    (repo / "realtime/channel/room.xs").write_text(CHANNEL, encoding="utf-8")
    (repo / "table/note.xs").write_text(TABLE, encoding="utf-8")
    (repo / "function/x.xs").symlink_to(outside / "credentials")
    (repo / "function/folder").symlink_to(outside / "folder", target_is_directory=True)
    (repo / "function/note.xs").symlink_to(Path("../table/note.xs"))  # inside: read as today
    monkeypatch.chdir(repo)
    monkeypatch.setenv("XSLINT_CACHE_DIR", str(tmp_path / "cache"))
    return repo


def check(*args: str) -> str:
    return CliRunner().invoke(cli.main, ["check", *args], catch_exceptions=False).output


def findings(*args: str) -> dict[str, list[dict]]:
    by_path: dict[str, list[dict]] = {}
    for diagnostic in json.loads(check("--format", "json", *args))["diagnostics"]:
        by_path.setdefault(diagnostic["path"], []).append(diagnostic)
    return by_path


def test_a_link_out_of_the_repository_is_unreadable(repository: Path) -> None:
    found = findings()
    [link] = found["function/x.xs"]
    assert link["code"] == "XS002"
    assert link["message"] == "the file is a symbolic link to a file outside the repository, so it is not read"
    [behind] = found["function/folder/leak.xs"]
    assert behind["code"] == "XS002" and "through a symbolic link to a folder outside the repository" in \
        behind["message"]


def test_a_link_inside_the_repository_works_as_today(repository: Path) -> None:
    found = findings()
    [through_link] = [d for d in found["function/note.xs"] if d["code"] == "XS001"]
    [direct] = found["table/note.xs"]
    assert (through_link["message"], through_link["range"]) == (direct["message"], direct["range"])


@pytest.mark.parametrize("output_format", FORMATS)
def test_no_format_shows_the_target(repository: Path, output_format: str) -> None:
    output = check("--format", output_format)
    assert "function/x.xs" in output and SECRET not in output and "stolen" not in output
    if output_format == "text":
        assert "text body? (" in output  # the frame shows lines of files that belong


def test_the_cache_holds_nothing_of_the_target(repository: Path, tmp_path: Path) -> None:
    first = check("--format", "json")
    assert check("--format", "json") == first  # warm: still refused, same bytes
    stored = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "cache").glob("results-*.json"))
    assert "table/note.xs" in stored
    assert "function/x.xs" not in stored and "leak.xs" not in stored and SECRET not in stored


def test_the_target_is_never_opened(repository: Path, tmp_path: Path, monkeypatch) -> None:
    opened: list[str] = []
    real_read_bytes, real_open, real_os_open = Path.read_bytes, open, os.open

    def read_bytes(self: Path) -> bytes:
        opened.append(os.path.realpath(self))
        return real_read_bytes(self)

    def spy_open(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if isinstance(file, (str, Path)):
            opened.append(os.path.realpath(file))
        return real_open(file, *args, **kwargs)

    def spy_os_open(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        opened.append(os.path.realpath(file))
        return real_os_open(file, *args, **kwargs)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr("builtins.open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    result = lint([Path(".")], jobs=1)
    assert {d.path for d in result.diagnostics if d.code == "XS002"} == {"function/x.xs", "function/folder/leak.xs"}
    assert str(tmp_path / "repo/table/note.xs") in opened
    assert not [path for path in opened if path.startswith(str(tmp_path / "outside"))]


@pytest.fixture
def loose(tmp_path: Path, monkeypatch) -> Path:
    """No repository: a workspace folder `ws/` beside `other/`, which holds the secret."""
    (tmp_path / "other").mkdir()
    (tmp_path / "other/credentials").write_text(TARGET, encoding="utf-8")
    (tmp_path / "ws/realtime/channel").mkdir(parents=True)
    (tmp_path / "ws/realtime/channel/room.xs").write_text(CHANNEL, encoding="utf-8")
    (tmp_path / "ws/realtime/channel/x.xs").symlink_to(tmp_path / "other/credentials")
    (tmp_path / "single.xs").symlink_to(tmp_path / "other/credentials")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XSLINT_CACHE_DIR", str(tmp_path / "cache"))
    assert not any((parent / ".git").exists() for parent in tmp_path.parents), "the test needs no repository above"
    return tmp_path


def test_without_a_repository_the_named_folders_are_the_boundary(loose: Path) -> None:
    found = findings("ws")
    [link] = found["ws/realtime/channel/x.xs"]
    assert link["code"] == "XS002" and "outside the folders and files named on the command line" in link["message"]
    assert SECRET not in check("ws")
    allowed = findings("ws", "other")["ws/realtime/channel/x.xs"]  # naming the target's folder allows it
    assert "XS001" in {d["code"] for d in allowed} and "XS002" not in {d["code"] for d in allowed}


def test_without_a_repository_a_named_link_out_is_refused(loose: Path) -> None:
    assert [d["code"] for d in findings("single.xs")["single.xs"]] == ["XS002"]
    allowed = findings("single.xs", "other/credentials")["single.xs"]  # its target is named too
    assert "XS001" in {d["code"] for d in allowed} and "XS002" not in {d["code"] for d in allowed}


def test_a_named_folder_that_links_out_is_refused_file_by_file(repository: Path) -> None:
    """Files found by walking a folder through no link are trusted as a group, but only
    when the folder walked from lies inside itself: here it is the link out."""
    found = findings("function/folder")
    assert [d["code"] for d in found["function/folder/leak.xs"]] == ["XS002"]
    assert SECRET not in check("function/folder")


def test_a_repository_inside_the_named_folder_bounds_its_own_files(tmp_path: Path, monkeypatch) -> None:
    """A nested checkout: its files belong to it (read), its link out of it does not."""
    inner = tmp_path / "outer/inner"
    for folder in (".git", "realtime/channel", "function"):
        (inner / folder).mkdir(parents=True)
    (tmp_path / "outer/.git").mkdir()
    (inner / "realtime/channel/room.xs").write_text(CHANNEL, encoding="utf-8")
    (tmp_path / "outer/secret.xs").write_text(TARGET, encoding="utf-8")
    (inner / "function/x.xs").symlink_to(tmp_path / "outer/secret.xs")
    monkeypatch.chdir(tmp_path / "outer")
    monkeypatch.setenv("XSLINT_CACHE_DIR", str(tmp_path / "cache"))
    found = findings(".")
    assert [d["code"] for d in found["inner/function/x.xs"]] == ["XS002"]
    assert "XS002" not in {d["code"] for d in found.get("inner/realtime/channel/room.xs", [])}
    assert "XS001" in {d["code"] for d in found["secret.xs"]}  # the outer checkout's own file is read


def test_the_editor_session_refuses_the_same_links(repository: Path) -> None:
    from xslint.session import Session

    session = Session([repository], use_cache=False)
    session.load()
    codes = {Path(path).relative_to(repository).as_posix(): [d.code for d in found]
             for path, found in session.findings().items()}
    assert codes["function/x.xs"] == codes["function/folder/leak.xs"] == ["XS002"]
    assert "XS001" in codes["function/note.xs"]  # the link inside is read
    assert all(SECRET not in d.message for found in session.findings().values() for d in found)
