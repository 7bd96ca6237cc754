"""rules/ and schemas/ are found in a source checkout and ship inside the wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from xslint import resources
from xslint.catalog import RULES

ROOT = Path(__file__).parents[1]


def test_checkout_finds_the_top_level_folders() -> None:
    assert resources.data_dir("rules") == ROOT / "rules"
    assert resources.schema("realtime_channel")["title"]
    assert resources.rule_document("undeclared-channel").startswith("# undeclared-channel")


def test_an_installed_copy_uses_its_packaged_data(tmp_path: Path, monkeypatch) -> None:
    package = tmp_path / "site-packages" / "xslint"
    (package / "_data" / "rules").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE", package)
    assert resources.data_dir("rules") == package / "_data" / "rules"


def test_the_wheel_carries_every_rule_document_and_schema(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
                   check=True, timeout=300)
    (wheel,) = tmp_path.glob("xslint-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"xslint/_data/rules/{rule.name}.md" for rule in RULES} <= names
    schemas = {p.name for p in (ROOT / "schemas").glob("*.json")}
    assert {f"xslint/_data/schemas/{name}" for name in schemas} <= names
    assert "xslint/grammar/xanoscript.peg" in names
