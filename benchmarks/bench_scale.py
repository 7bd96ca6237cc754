"""End-to-end speed and memory of `xslint check` on generated workspaces.

    python benchmarks/bench_scale.py [--sizes 1000 5000 20000] [--seed 0]

For each size: generate a workspace, run `xslint check` once with an empty
cache (cold: every file parsed, on every core) and once more unchanged
(warm: results from the cache), each in a fresh process, and report wall
time, files/s, MB/s, the peak memory of the largest process and that of the
whole process tree (PSS, Linux). Then time
the pathological files of benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import generate_workspace  # noqa: E402

XSLINT = [sys.executable, "-m", "xslint"]


def timed(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, int, float]:
    """(seconds, peak MB of the largest process, exit code, peak MB of the whole process
    tree) of one fresh run. The tree's figure sums each process's proportional share of
    the pages it maps (PSS: pages a worker shares with the parent count once), sampled
    every 20 ms; 0 where /proc has no smaps_rollup (not Linux)."""
    start = time.perf_counter()
    process = subprocess.Popen([*XSLINT, *args], cwd=cwd, env=env, stdout=subprocess.DEVNULL)
    tree_peak = 0
    while True:  # not Popen.poll(): it would reap the process, and its resource usage with it
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        tree_peak = max(tree_peak, _tree_pss(process.pid))
        time.sleep(0.02)
    process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    # Linux reports the largest of the process and the workers it waited for.
    return elapsed, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), tree_peak / 1024


def _tree_pss(root: int) -> int:
    """KB of PSS of `root` and every process under it, now."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if entry.isdigit():
            try:
                parent = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        pending += children.get(pid, [])
        try:
            total += next(int(line.split()[1]) for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
                          if line.startswith("Pss:"))
        except (OSError, StopIteration):
            continue
    return total


def workspace_row(size: int, seed: int, scratch: Path) -> str:
    root = scratch / f"ws{size}"
    paths = generate_workspace(root, size, seed)
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    env = {**os.environ, "XSLINT_CACHE_DIR": str(scratch / f"cache{size}")}
    cold, cold_peak, code, cold_tree = timed(["check", "-q", "."], root, env)
    warm, warm_peak, _, warm_tree = timed(["check", "-q", "."], root, env)
    return (f"| {size:>6} | {megabytes:6.1f} | {cold:6.2f} | {size / cold:7.0f} | {megabytes / cold:5.2f} "
            f"| {cold_peak:6.0f} | {cold_tree:6.0f} | {warm:5.2f} | {warm_peak:5.0f} | {warm_tree:5.0f} | {code} |")


def pathological(scratch: Path) -> list[str]:
    folder = scratch / "patho"
    folder.mkdir()
    cases = {
        "nesting 10,000 deep": "function f {\n  response = " + "[" * 10_000 + "]" * 10_000 + "\n}\n",
        "10 MB file": "function f {\n  response = 1\n}\n" + "// padding\n" * 900_000,
        "2 MB single line": "function f {\n  response = " + " ~ ".join(['"abcdefghij"'] * 150_000) + "\n}\n",
        "100,000 concatenations": "function f {\n  response = " + " ~ ".join(['"x"'] * 100_000) + "\n}\n",
        "unterminated string, 50,000 lines": 'function f {\n  response = "abc\n' + "  var $x { value = 1 }\n" * 50_000,
        "unterminated comment-like text": "function f {\n  response = /* never closed\n" + "x = 1\n" * 50_000,
        # each document is parsed in the text up to its end: must stay linear in the documents
        "bundle of 5,000 documents": "\n---\n".join(f"function f{n} {{\n  response = {n}\n}}" for n in range(5_000)),
    }
    rows = []
    for index, (name, text) in enumerate(cases.items()):
        path = folder / f"case{index}.xs"
        path.write_text(text, encoding="utf-8")
        elapsed, peak, code, _ = timed(["check", "--no-cache", "--statistics", path.name], folder, dict(os.environ))
        rows.append(f"| {name} | {len(text.encode()) / 1e6:.1f} MB | {elapsed:.2f} s | {peak:.0f} MB | {code} |")
    return rows


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    options.add_argument("--seed", type=int, default=0)
    args = options.parse_args()
    print(f"cores: {os.cpu_count()}, python {sys.version.split()[0]}")
    print("| files | MB | cold s | files/s | MB/s | cold peak MB | cold tree MB | warm s | warm peak MB "
          "| warm tree MB | exit |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes:
            print(workspace_row(size, args.seed, Path(scratch)), flush=True)
        print("\n| pathological file | size | time | peak | exit |\n|---|---|---|---|---|")
        for row in pathological(Path(scratch)):
            print(row, flush=True)


if __name__ == "__main__":
    main()
