"""The configuration each workspace uses: `xslint.toml` or `[tool.xslint]`,
found upward from the workspace's folder as `xslint check` finds it, and
read again when such a file changes.

A broken configuration file does not stop the server: the defaults apply
and the problem is kept for the editor to show.
"""

from __future__ import annotations

from pathlib import Path

from xslint.config import Config
from xslint.config_file import find_config, load_config
from xslint.discover import UsageError

CONFIG_NAMES = ("xslint.toml", "pyproject.toml")


class Configs:
    def __init__(self) -> None:
        self._by_folder: dict[Path, Config] = {}
        self.problems: list[str] = []

    def of(self, folder: Path) -> Config:
        if folder not in self._by_folder:
            self._by_folder[folder] = self._read(folder)
        return self._by_folder[folder]

    def forget(self) -> None:
        """Read every configuration again when it is next asked for."""
        self._by_folder.clear()

    def take_problems(self) -> list[str]:
        problems, self.problems = self.problems, []
        return problems

    def _read(self, folder: Path) -> Config:
        try:
            return load_config(find_config(folder))
        except UsageError as error:
            self.problems.append(f"xslint: the configuration is not used: {error}")
            return Config()
