"""xslint against Xano's own parser, side by side, on the same files, in one run.

    .venv/bin/python benchmarks/bench_compare.py [--files 5000] [--many-files 4500]
        [--workspaces 2000] [--seed 0] [--xano-parser DIR] [--real DIR ...]

Two generated inputs: one workspace of `--files` files, and a repository of
`--workspaces` small workspaces holding `--many-files` files in all; and,
with `--real`, each folder of real workspaces named (copied to a scratch
folder first, without `.git`, `node_modules` and caches: real files are
smaller than generated ones, and written in the newer dialect, much of
which Xano's parser reads with error recovery). On each:

- xslint cold (no cache; every file parsed, all cores), warm (the same run
  again, nothing changed: results from the cache), and cold with `--jobs 1`;
- Xano's parser (Node, Chevrotain): `node parse-folder.mjs --lenient DIR`,
  which parses every file whole. Its folder (default
  `../shared/peers/xano-parser` beside this repository) is copied to a
  scratch folder and `npm install`ed there; without Node or npm, or without
  the folder, a line says it was skipped;
- the incremental re-check latency (one edited file in the big workspace,
  `xslint.session.Session` in this process).

Every command runs in a fresh process; its wall time and the peak memory of
its largest process are shown. Files are read once before timing, so every
tool starts with them in the page cache.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))

from benchmarks.generate import generate_repository, generate_workspace  # noqa: E402

XSLINT = [sys.executable, "-m", "xslint"]


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    code: int
    cpu: float = 0.0  # user + sys of the process and the workers it waited for: steadier than wall time on a loaded machine


@dataclass(frozen=True)
class Input:
    name: str
    root: Path
    files: int
    megabytes: float


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> Run:
    """One fresh process: wall time, peak memory of the largest process it waited for, exit code."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    return Run(elapsed, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime)


def forget_caches(root: Path) -> None:
    """Cold means cold: drop every `.xslint_cache/` under `root` (older versions wrote one per workspace)."""
    for folder in sorted(root.rglob(".xslint_cache")):
        shutil.rmtree(folder)


def xslint_runs(data: Input) -> dict[str, Run]:
    # As installed: pip writes bytecode, so a machine-wide PYTHONDONTWRITEBYTECODE would
    # time compiling xslint's modules on every run instead of xslint
    env = {key: value for key, value in os.environ.items()
           if key not in ("XSLINT_CACHE_DIR", "PYTHONDONTWRITEBYTECODE")}
    check = [*XSLINT, "check", "--quiet", "--format", "concise", "."]
    forget_caches(data.root)
    runs = {"xslint cold": timed(check, data.root, env)}
    runs["xslint warm"] = timed(check, data.root, env)
    forget_caches(data.root)
    runs["xslint cold --jobs 1"] = timed([*check[:-1], "--jobs", "1", "."], data.root, env)
    forget_caches(data.root)
    return runs


def prepare_xano_parser(source: Path, scratch: Path) -> tuple[Path | None, str]:
    """A runnable copy of Xano's parser, or None and why not."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return None, "skipped: Node.js (node and npm) not found on PATH"
    if not (source / "parse-folder.mjs").is_file():
        return None, f"skipped: no parse-folder.mjs in {source} (give --xano-parser DIR)"
    copy = scratch / "xano-parser"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("node_modules"))
    install = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent"], cwd=copy,
                             capture_output=True, text=True)
    if install.returncode != 0:
        return None, f"skipped: npm install failed: {(install.stderr or install.stdout).strip()[:200]}"
    version = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    return copy, f"Node {version}"


def xano_run(parser: Path | None, data: Input) -> Run | None:
    if parser is None:
        return None
    return timed(["node", str(parser / "parse-folder.mjs"), "--lenient", str(data.root)], parser, dict(os.environ))


def incremental_recheck_latency(data: Input, edits: int = 40) -> str:
    """The incremental re-check latency: `data.root` loaded once in this process
    (`xslint.session.Session`, no cache, what the load built then frozen out of the
    cycle collector as the language server does), then one file's text replaced again and
    again — an event's channel switched between a declared and an undeclared
    name, so its findings change — each time until the new findings of every
    affected file are back (target: < 50 ms at 5,000 files)."""
    import gc
    import statistics

    from xslint.session import Session

    path, text, literal = _event_file(data.root)
    session = Session([data.root], use_cache=False)
    start = time.perf_counter()
    session.load()
    loaded = time.perf_counter() - start
    gc.freeze()  # as the language server does after its load (xslint/server/backend.py)
    times = []
    for edit in range(edits):
        changed = text[:literal] + ("nowhere_" if edit % 2 == 0 else "") + text[literal:]
        start = time.perf_counter()
        session.update(str(path), changed)
        times.append(time.perf_counter() - start)
    times.sort()
    return (f"{edits} edits of {path.relative_to(data.root)} in {data.files:,} files: p50 "
            f"{statistics.median(times) * 1000:.1f} ms, p95 {times[int(len(times) * 0.95) - 1] * 1000:.1f} ms, "
            f"max {times[-1] * 1000:.1f} ms (load {loaded:.1f} s)")


def _event_file(root: Path) -> tuple[Path, str, int]:
    """A query whose event channel starts with a literal, its text, and the offset just inside that literal."""
    for path in sorted((root / "api").rglob("*.xs")):
        text = path.read_text(encoding="utf-8")
        event = text.find("api.realtime_event")
        literal = text.find('channel = "', event) if event >= 0 else -1
        if literal >= 0:
            return path.resolve(), text, literal + len('channel = "')
    raise SystemExit("no api.realtime_event with a literal channel in the generated workspace")


def table(data: Input, runs: dict[str, Run], xano: Run | None, xano_note: str) -> list[str]:
    lines = [f"\n## {data.name}: {data.files:,} files, {data.megabytes:.1f} MB",
             "| run | seconds | CPU s | MB/s | files/s | peak MB | exit |", "|---|---|---|---|---|---|---|"]
    for name, run in runs.items():
        lines.append(_row(name, run, data))
    if xano is None:
        lines.append(f"| Xano's parser | {xano_note} | | | | | |")
    else:
        lines.append(_row("Xano's parser (--lenient)", xano, data))
    return lines


def _row(name: str, run: Run, data: Input) -> str:
    return (f"| {name} | {run.seconds:.2f} | {run.cpu:.2f} | {data.megabytes / run.seconds:.2f} "
            f"| {data.files / run.seconds:,.0f} "
            f"| {run.peak_mb:.0f} | {run.code} |")


def generated(scratch: Path, args: argparse.Namespace) -> list[Input]:
    # Not "workspace/": a folder of that name is a workspace entry, and would make the scratch folder the root.
    one = generate_workspace(scratch / "big", args.files, args.seed)
    many = generate_repository(scratch / "many", args.many_files, args.workspaces, args.seed)
    inputs = []
    for name, root, paths in (("one workspace", scratch / "big", one),
                              (f"{args.workspaces:,} small workspaces", scratch / "many", many)):
        size = sum(len(path.read_bytes()) for path in paths)  # also puts them in the page cache
        inputs.append(Input(name, root, len(paths), size / 1e6))
    return inputs


def real(scratch: Path, folders: list[Path]) -> list[Input]:
    """Each folder of real workspaces, copied (its `.xs` files and workspace markers kept where they are)."""
    inputs = []
    for number, folder in enumerate(folders, start=1):
        if not folder.is_dir():
            raise SystemExit(f"--real {folder}: not a folder")
        copy = scratch / f"real{number}"
        shutil.copytree(folder, copy, symlinks=True,
                        ignore=shutil.ignore_patterns(".git", "node_modules", ".xslint_cache"))
        paths = sorted(copy.rglob("*.xs"))
        size = sum(len(path.read_bytes()) for path in paths if path.is_file())
        inputs.append(Input(f"real files: {folder.name}", copy, len(paths), size / 1e6))
    return inputs


def main() -> None:
    options = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    options.add_argument("--files", type=int, default=5000, help="files of the one big workspace")
    options.add_argument("--many-files", type=int, default=4500, help="files of the many-workspace repository")
    options.add_argument("--workspaces", type=int, default=2000, help="workspaces in that repository")
    options.add_argument("--seed", type=int, default=0)
    options.add_argument("--xano-parser", type=Path, default=REPOSITORY.parent / "shared/peers/xano-parser",
                         help="Xano's parser folder [default: ../shared/peers/xano-parser]")
    options.add_argument("--real", type=Path, action="append", default=[], metavar="DIR",
                         help="also time a folder of real workspaces (repeatable)")
    args = options.parse_args()
    print(f"cores: {os.cpu_count()}, python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="xslint-compare-") as folder:
        scratch = Path(folder)
        parser, note = prepare_xano_parser(args.xano_parser, scratch)
        print(f"Xano's parser: {note}")
        subprocess.run([*XSLINT, "--version"], check=True, stdout=subprocess.DEVNULL)  # compile .pyc first
        inputs = generated(scratch, args) + real(scratch, args.real)
        for data in inputs:
            runs = xslint_runs(data)
            print("\n".join(table(data, runs, xano_run(parser, data), note)), flush=True)
        print(f"\nincremental re-check latency: {incremental_recheck_latency(inputs[0])}")


if __name__ == "__main__":
    main()
