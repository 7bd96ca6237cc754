"""Reading a workspace from disk at start-up: its files, analyzed in parallel,
through the same result cache as `xslint check`.
"""

from __future__ import annotations

import os
from pathlib import Path

from xslint.analyze import FileResult
from xslint.cache import ResultCache, cache_folder, content_key
from xslint.config import Config
from xslint.discover import discover
from xslint.layouts import Layout
from xslint.pool import analyze_all
from xslint.roots import Place


def relpath(path: str, place: Place) -> str | None:
    """`path` inside its workspace root, with forward slashes (None outside one)."""
    if place.layout is None:
        return None
    prefix = place.root + os.sep
    return path[len(prefix):].replace(os.sep, "/") if path.startswith(prefix) else None


def xs_files(folders: list[Path], config: Config) -> list[str]:
    """Every `.xs` file under `folders`, as absolute paths (unreadable folders are skipped)."""
    existing = [f for f in folders if f.is_dir()]
    return [os.path.abspath(p) for p in discover(existing, config.excludes).files] if existing else []


def analyze_files(paths: list[str], place: Place, use_cache: bool,
                  jobs: int | None) -> dict[str, FileResult]:
    """Each file's result, from the cache (the one `xslint check` fills) when its bytes are unchanged."""
    layout = place.layout
    root = Path(place.root)
    cache = ResultCache(cache_folder(root), root) if use_cache and layout is not None else None
    done: dict[str, FileResult] = {}
    pending: list[tuple[str, Path, str | None, Layout | None]] = []
    keys: dict[str, str] = {}
    for path in paths:
        inside = relpath(path, place)
        if cache is not None and layout is not None and (key := _key(path, f"{layout.fingerprint}/{inside}")):
            keys[path] = key
            cached = cache.get(key, path)
            if cached is not None:
                done[path] = cached
                continue
        pending.append((path, Path(path), inside, layout))
    for (path, _, _, _), result in zip(pending, analyze_all(pending, jobs)):
        done[path] = result
        if cache is not None and path in keys:
            cache.put(keys[path], result)
    if cache is not None:
        cache.save()
    return done


def _key(path: str, name: str) -> str | None:
    try:
        return content_key(name, Path(path).read_bytes())
    except OSError:
        return None
