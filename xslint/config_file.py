"""Finding and reading the configuration: `xslint.toml` or `[tool.xslint]` in `pyproject.toml`.

Searched upward from the current folder (`xslint.toml` first in each folder);
`--config FILE` names one directly. The table is validated against
`schemas/config.schema.json`, and every rule named in it must exist: a
mistake is a usage error that names the key and the reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from xslint.config import Config
from xslint.diagnostics import Severity
from xslint.discover import UsageError
from xslint.resources import schema
from xslint.rule_selector import resolve

_LIST_KEYS = ("select", "ignore", "extend-select", "unfixable")


def find_config(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / "xslint.toml").is_file():
            return folder / "xslint.toml"
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "xslint" in _read(pyproject).get("tool", {}):
            return pyproject
    return None


def load_config(path: Path | None) -> Config:
    """The configuration in `path` (Config() when there is none)."""
    if path is None:
        return Config()
    document = _read(path)
    table = document.get("tool", {}).get("xslint", {}) if path.name == "pyproject.toml" else document
    _validate(table, path)
    return _to_config(table, path.parent.resolve())


def _read(path: Path) -> dict[str, Any]:
    import tomllib  # only when there is a configuration to read

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read the configuration {path}: {error}") from error
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"{path} is not valid TOML: {error}") from error


def _validate(table: dict[str, Any], path: Path) -> None:
    from jsonschema import Draft202012Validator  # only when there is a configuration to check
    from jsonschema.exceptions import best_match

    error = best_match(Draft202012Validator(schema("config")).iter_errors(table))
    if error is not None:
        where = ".".join(str(p) for p in error.absolute_path) or "the table"
        if error.validator == "additionalProperties":
            allowed = set(error.schema.get("properties", {}))
            unknown = ", ".join(f'"{k}"' for k in sorted(set(error.instance) - allowed))
            raise UsageError(f"{path}: unknown key {unknown} (known: {', '.join(sorted(allowed))})")
        raise UsageError(f'{path}: "{where}" is invalid: {error.message}')
    for key in _LIST_KEYS:
        _check_selectors(table.get(key, []), key, path)
    for glob, selectors in table.get("per-file-ignores", {}).items():
        _check_selectors(selectors, f'per-file-ignores."{glob}"', path)
    _check_selectors(list(table.get("severity", {})), "severity", path)


def _check_selectors(selectors: list[str], key: str, path: Path) -> None:
    for selector in selectors:
        if not resolve(selector):
            raise UsageError(f'{path}: "{key}" names "{selector}", which is not a rule code, name or prefix')


def _to_config(table: dict[str, Any], root: Path) -> Config:
    return Config(
        select=tuple(table.get("select", ())),
        ignore=tuple(table.get("ignore", ())),
        extend_select=tuple(table.get("extend-select", ())),
        per_file_ignores=tuple((glob, tuple(codes)) for glob, codes in table.get("per-file-ignores", {}).items()),
        exclude=tuple(table.get("exclude", ())),
        severity=tuple((code, Severity(level)) for code, level in table.get("severity", {}).items()),
        fail_on=Severity(table.get("fail-on", "warning")),
        fix=table.get("fix", False),
        unsafe_fixes=table.get("unsafe-fixes", False),
        unfixable=tuple(table.get("unfixable", ())),
        root=root,
    )
