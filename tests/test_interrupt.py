"""Every way a run can end leaves no process behind, no half-written cache,
and an exit code of its own: tried for real, on `xslint check --jobs 2` in its
pool phase, the way a terminal (Ctrl-C), CI (SIGTERM) or the OS (a worker
killed) stops it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.generate import generate_workspace
from xslint import atomic, cache
from xslint.cache import ResultCache

FILES = 600  # about a second of work for two workers: the signal lands well inside the pool phase
PATIENCE = 120  # seconds to wait for the workers to show up before giving up (a hung test is worse)


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("interrupt") / "ws"
    generate_workspace(root, FILES, seed=3)
    return root


def start(root: Path, cache_dir: Path) -> subprocess.Popen[str]:
    """`xslint check --jobs 2` in a session of its own, so its process group names every process it started."""
    environment = {**os.environ, "XSLINT_CACHE_DIR": str(cache_dir), "NO_COLOR": "1"}
    return subprocess.Popen([sys.executable, "-m", "xslint", "check", "--jobs", "2", "--format", "json", "."],
                            cwd=root, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def group(leader: int) -> list[int]:
    """Live processes of the process group `leader` started (zombies are dead already)."""
    members = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            state, _, pgrp = stat.rsplit(")", 1)[1].split()[:3]
            if int(pgrp) == leader and state != "Z":
                members.append(int(entry))
    return members


def workers_of(process: subprocess.Popen[str]) -> list[int]:
    """Wait until the run is in its pool phase: both workers are up."""
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline and process.poll() is None:
        workers = [pid for pid in group(process.pid) if pid != process.pid]
        if len(workers) >= 2:
            return workers
        time.sleep(0.005)
    pytest.fail("the run never reached its pool phase")


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Exit code, stdout, stderr; every process of the run must be gone once its output ends."""
    out, err = process.communicate(timeout=PATIENCE)  # hangs (and fails) if a worker holds the pipe open
    deadline = time.monotonic() + 10  # an orphan needs a moment to be reaped, not to die
    while group(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert group(process.pid) == [], "processes of the run survived it"
    return process.returncode, out, err


def assert_cache_valid(cache_dir: Path, root: Path) -> None:
    """Only whole files: the `.gitignore` and results that read back entry by entry."""
    for file in cache_dir.iterdir() if cache_dir.exists() else []:
        assert file.name == ".gitignore" or (file.name.startswith("results-") and file.suffix == ".json"), file
    for file in cache_dir.glob("results-*.json"):
        document = json.loads(file.read_text(encoding="utf-8"))
        assert document["tool"] == cache.tool_fingerprint()
        stored = ResultCache(cache_dir, root)
        assert all(stored.get(key, "x.xs") is not None for key in document["entries"])


def stop_and_finish(generated: Path, tmp_path: Path, stop) -> tuple[int, str, str]:  # noqa: ANN001
    process = start(generated, tmp_path / "cache")
    try:
        stop(process, workers_of(process))
        return finish(process)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)


def test_ctrl_c_on_a_terminal_ends_with_130(generated: Path, tmp_path: Path) -> None:
    # a terminal sends SIGINT to the whole foreground process group, workers included
    code, out, err = stop_and_finish(generated, tmp_path, lambda p, _: os.killpg(p.pid, signal.SIGINT))
    assert (code, out, err) == (130, "", "xslint: stopped by Ctrl-C before the run finished\n")
    assert_cache_valid(tmp_path / "cache", generated)


def test_sigint_to_xslint_alone_ends_with_130(generated: Path, tmp_path: Path) -> None:
    code, out, err = stop_and_finish(generated, tmp_path, lambda p, _: p.send_signal(signal.SIGINT))
    assert (code, out, err) == (130, "", "xslint: stopped by Ctrl-C before the run finished\n")


def test_sigterm_ends_with_143_and_no_worker_left(generated: Path, tmp_path: Path) -> None:
    code, out, err = stop_and_finish(generated, tmp_path, lambda p, _: p.send_signal(signal.SIGTERM))
    assert (code, out, err) == (143, "", "xslint: stopped by SIGTERM before the run finished\n")
    assert_cache_valid(tmp_path / "cache", generated)


def test_a_worker_killed_by_the_os_ends_the_run_with_4(generated: Path, tmp_path: Path) -> None:
    code, out, err = stop_and_finish(generated, tmp_path, lambda _, workers: os.kill(workers[0], signal.SIGKILL))
    assert (code, out) == (4, "")
    assert err.startswith("xslint: a worker process was killed") and err.count("\n") == 1
    assert_cache_valid(tmp_path / "cache", generated)


def test_a_finished_run_leaves_nothing_and_a_valid_cache(generated: Path, tmp_path: Path) -> None:
    process = start(generated, tmp_path / "cache")
    code, out, err = finish(process)
    assert code == 0 and err == "" and json.loads(out)["files"] == FILES
    assert_cache_valid(tmp_path / "cache", generated)
    assert list((tmp_path / "cache").glob("results-*.json"))


def test_an_interrupted_save_keeps_the_old_cache_whole(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "results-x.json"
    target.write_text('{"old": true}', encoding="utf-8")

    def interrupted(source: str, destination: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic.write_atomically(target, b'{"new": true}')
    assert [f.name for f in tmp_path.iterdir()] == ["results-x.json"]
    assert target.read_text(encoding="utf-8") == '{"old": true}'
