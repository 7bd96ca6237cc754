"""The file phase of a run: every file of every workspace read once, looked up
in the cache, and the rest analyzed in one pool, each distinct key once.

Shared by `lint()` and the editor session. A file's bytes are read here and
only here: the cache key, the analysis (the pool gets the bytes, not the path)
and the lines shown in the report all come from them, so a save in between
cannot make the cache store results for other text than was keyed. A file
the link boundary refuses is never opened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from xslint.boundary import Boundary
from xslint.cache import ResultCache, content_key, shown_at
from xslint.pool import Task, analyze_all
from xslint.result import FileResult
from xslint.roots import Place
from xslint.source import SourceFile, decode_source, file_bytes, unreadable
from xslint.stackroom import with_room

Finished = Callable[[str], None]  # told the display path of every file analyzed


@dataclass
class FileJob:
    """One file to analyze: where it is shown, where it lies, its workspace and
    its path inside it; `data` its bytes (given for an unsaved buffer, else read
    here), `given` whether they came from the caller (such text is never cached)."""

    display: str
    path: str
    place: Place
    relpath: str | None
    data: bytes | None = None
    given: bool = False
    key: str | None = None  # its cache key, once read (None: not cached)

    def source(self) -> SourceFile | None:
        """The text the file was analyzed as, for showing its lines (None if never read)."""
        return decode_source(self.data, self.display)[0] if self.data is not None else None


def analyze_files(jobs: list[FileJob], cache: ResultCache | None, boundary: Boundary | None,
                  workers: int | None, finished: Finished | None = None) -> dict[str, FileResult]:
    """Each job's result, by display path: refused, unreadable, cached, or analyzed (in one pool)."""
    done: dict[str, FileResult] = {}
    pending: list[tuple[FileJob, str | None]] = []
    for job in jobs:
        result = _without_analysis(job, boundary)
        key = job.key = _key(job) if result is None else None
        if result is None and key is not None and cache is not None:
            result = cache.get(key, job.display, cache.owner(job.place.root))
        if result is None:
            pending.append((job, key))
            continue
        done[job.display] = result
        if finished is not None:
            finished(job.display)
    unique, copies = _first_of_each(pending)
    tasks: list[Task] = [(job.display, job.data or b"", job.relpath, job.place.layout) for job, _ in unique]
    for (job, key), result in zip(unique, analyze_all(tasks, workers, finished)):
        done[job.display] = result
        if cache is not None and key is not None:
            cache.put(key, result, cache.owner(job.place.root))
    for job, key, first in copies:
        done[job.display] = shown_at(done[first], job.display)
        if cache is not None:
            cache.own(key, cache.owner(job.place.root))  # this workspace keeps the entry too
        if finished is not None:
            finished(job.display)
    return done


def _first_of_each(pending: list[tuple[FileJob, str | None]]) -> tuple[list[tuple[FileJob, str | None]],
                                                                        list[tuple[FileJob, str, str]]]:
    """The jobs to analyze, and the copies among them: a file with the same key (the same
    bytes at the same place in a workspace of the same layout: branches of one workspace
    side by side) has the same result, shown at its own path. Each copy comes with the
    display path of the file analyzed for it."""
    first: dict[str, str] = {}
    unique: list[tuple[FileJob, str | None]] = []
    copies: list[tuple[FileJob, str, str]] = []
    for job, key in pending:
        if key is not None and key in first:
            copies.append((job, key, first[key]))
            continue
        if key is not None:
            first[key] = job.display
        unique.append((job, key))
    return unique, copies


def analyze_job(job: FileJob, boundary: Boundary | None = None) -> FileResult:
    """One job, here and now (an editor's keystroke)."""
    from xslint.analyze import analyze_bytes  # not needed by a run served from the cache

    result = _without_analysis(job, boundary)
    if result is not None:
        return result
    return with_room(analyze_bytes, job.data or b"", job.display, job.relpath, job.place.layout)


def _without_analysis(job: FileJob, boundary: Boundary | None) -> FileResult | None:
    """The result of a file that is not analyzed (refused, unreadable); else its bytes are read into `job`."""
    if job.given:
        return None
    workspace = job.place.root if job.place.layout else None
    refused = boundary.refusal(job.path, job.display, workspace) if boundary else None
    if refused is not None:  # a link out of the repository: never read, never cached
        return FileResult(job.display, (refused,))
    try:
        job.data = file_bytes(job.path)
    except OSError as error:  # not cached: the next run tries again
        reason = error.strerror or type(error).__name__
        return FileResult(job.display, (unreadable(job.display, f"cannot read the file: {reason}"),))
    return None


# The name a file in no workspace is keyed under: its result depends on its bytes
# alone (no layout to place it in), so any file with the same bytes shares it.
_NO_WORKSPACE = "no workspace"


def _key(job: FileJob) -> str | None:
    """Results are keyed by the file's place in its workspace and its bytes; unsaved
    text is not cached."""
    layout = job.place.layout
    if job.given or job.data is None:
        return None
    if layout is None:
        return content_key(_NO_WORKSPACE, job.data)
    return content_key(f"{layout.fingerprint}/{job.relpath}", job.data)
