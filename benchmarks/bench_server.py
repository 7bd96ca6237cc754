"""Speed of `xslint server` on a generated workspace.

    python benchmarks/bench_server.py [--files 5000] [--edits 60] [--seed 0]

Start-up: from spawning `xslint server` until it answers its first request
after `initialized`, i.e. the whole workspace is analyzed: without the
result cache (compared with a cold `xslint check --no-cache` of the same
workspace in a fresh process), and with the cache an `xslint check` filled.

Keystroke latency: in a query with an `api.realtime_event`, the channel's
literal is changed back and forth between a declared and an undeclared
name (incremental `didChange`), and the time until the server publishes that
file's diagnostics is measured (the debounce included): p50, p95, max.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pygls.uris import from_fs_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import generate_workspace  # noqa: E402

SERVER = [sys.executable, "-m", "xslint", "server"]


def check(root: Path, *flags: str) -> float:
    start = time.perf_counter()
    subprocess.run([*SERVER[:-1], "check", *flags, "--format", "concise", "."], cwd=root,
                   stdout=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def target(root: Path) -> tuple[Path, int]:
    """A query whose event channel starts with a literal, and the offset just inside that literal."""
    for path in sorted((root / "api").rglob("*.xs")):
        text = path.read_text(encoding="utf-8")
        event = text.find("api.realtime_event")
        literal = text.find('channel = "', event) if event >= 0 else -1
        if literal >= 0:
            return path, literal + len('channel = "')
    raise SystemExit("no api.realtime_event with a literal channel in the generated workspace")


async def session(root: Path, edits: int, cache: bool) -> tuple[float, list[float]]:
    client = LanguageClient("bench", "0")
    published: asyncio.Queue[str] = asyncio.Queue()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_publish(params: types.PublishDiagnosticsParams) -> None:
        published.put_nowait(params.uri)

    path, offset = target(root)
    uri = from_fs_path(str(path))
    text = path.read_text(encoding="utf-8")
    start = time.perf_counter()
    await client.start_io(*SERVER)
    await client.initialize_async(types.InitializeParams(
        capabilities=types.ClientCapabilities(), root_uri=from_fs_path(str(root)),
        initialization_options={"cache": cache}))
    client.initialized(types.InitializedParams())
    await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    startup = time.perf_counter() - start
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uri, language_id="xanoscript", version=1, text=text)))
    await asyncio.sleep(1.0)
    while not published.empty():
        published.get_nowait()
    line = text.count("\n", 0, offset)
    column = offset - (text.rfind("\n", 0, offset) + 1)
    latencies = [await _edit(client, published, uri, line, column, version) for version in range(2, edits + 2)]
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return startup, latencies


async def _edit(client: LanguageClient, published: asyncio.Queue[str], uri: str, line: int, column: int,
                version: int) -> float:
    """Insert "zz" just inside the literal (an undeclared channel), or take it out again."""
    inserting = version % 2 == 0
    end = column if inserting else column + 2
    change = types.TextDocumentContentChangePartial(
        range=types.Range(start=types.Position(line=line, character=column),
                          end=types.Position(line=line, character=end)), text="zz" if inserting else "")
    sent = time.perf_counter()
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version), content_changes=[change]))
    while await asyncio.wait_for(published.get(), 30) != uri:
        pass
    return time.perf_counter() - sent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "ws"
        generate_workspace(root, options.files, options.seed)
        cold = check(root, "--no-cache")
        startup, latencies = asyncio.run(session(root, options.edits, cache=False))
        check(root)  # fills the result cache
        warm, _ = asyncio.run(session(root, 0, cache=True))
    ms = sorted(1000 * s for s in latencies) or [0.0]
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    print(f"files:                  {options.files}")
    print(f"cold xslint check:      {cold:.2f} s  (--no-cache)")
    print(f"server start-up:        {startup:.2f} s  (no cache)")
    print(f"server start-up, warm:  {warm:.2f} s  (result cache filled by xslint check)")
    print(f"keystroke → published:  p50 {statistics.median(ms):.0f} ms, p95 {p95:.0f} ms, max {ms[-1]:.0f} ms "
          f"({len(ms)} edits)")


if __name__ == "__main__":
    main()
