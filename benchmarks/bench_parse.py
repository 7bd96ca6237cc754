"""Parse throughput: how fast xslint turns source into typed trees, on one core.

    python benchmarks/bench_parse.py --files 3000 [--seed 0] [--runs 3] [--workspace DIR]

Generates a workspace (unless one is given; `--workspace` reads every .xs
file under DIR), compiles the grammar, then parses every file `--runs` times
and reports the best run: MB/s and files/s per core, from CPU time (the
process's, so other jobs on a shared machine barely skew it), and the
process's peak memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import generate_workspace  # noqa: E402
from xslint.grammar import grammar  # noqa: E402
from xslint.parser import parse  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(texts: list[str]) -> tuple[float, int]:
    """CPU seconds to parse every text once, and the syntax problems found."""
    start = time.process_time()
    problems = 0
    for text in texts:
        problems += len(parse(text).problems)
    return time.process_time() - start, problems


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--files", type=int, default=3000)
    options.add_argument("--seed", type=int, default=0)
    options.add_argument("--runs", type=int, default=3)
    options.add_argument("--workspace", type=Path)
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = args.workspace or Path(scratch)
        paths = sorted(root.rglob("*.xs")) if args.workspace else generate_workspace(root, args.files, args.seed)
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    size = sum(len(t.encode("utf-8")) for t in texts)
    grammar()
    before = peak_mb()
    times, problems = zip(*(run(texts) for _ in range(max(args.runs, 1))))
    elapsed = min(times)
    if problems[0] and not args.workspace:
        print(f"warning: {problems[0]} syntax problems in generated files", file=sys.stderr)
    print(f"files        {len(texts)}")
    print(f"source       {size / 1e6:.2f} MB")
    print(f"cpu time     {elapsed:.2f} s (best of {len(times)})")
    print(f"throughput   {size / 1e6 / elapsed:.3f} MB/s per core, {len(texts) / elapsed:.0f} files/s")
    print(f"peak memory  {peak_mb():.0f} MB (before parsing: {before:.0f} MB)")


if __name__ == "__main__":
    main()
