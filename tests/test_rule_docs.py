"""Every rule has a document with the fixed headings; its Example triggers the
rule and its Use instead does not (both linted as small workspaces). A retired
rule's document says so, and its Example no longer triggers anything of it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import lint_in
from xslint.catalog import RULES
from xslint.checks import FIXES
from xslint.diagnostics import Applicability

DOCS = Path(__file__).parents[1] / "rules"
HEADINGS = ["## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Fix"]
# How a document's Fix section begins, by the applicability its module declares (`FIX`).
FIX_WORDS = {Applicability.SAFE: "Safe fix: ", Applicability.UNSAFE: "Unsafe fix: ", None: "No fix: "}
BLOCK = re.compile(r"^```xs\n(.*?)^```", re.S | re.M)
FILE = re.compile(r"^// file: (\S+)\n")
IDS = [r.code for r in RULES]
ACTIVE = [r for r in RULES if not r.retired]
RETIRED = [r for r in RULES if r.retired]


def sections(text: str) -> dict[str, str]:
    parts = re.split(r"^(## .+)$", text, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


def files_of(section: str) -> dict[str, bytes]:
    files = {}
    for block in BLOCK.findall(section):
        match = FILE.match(block)
        assert match, "every code block starts with `// file: <path>`"
        # A document cannot show a NUL byte; it writes it as the escape \x00.
        files[match.group(1)] = block.encode("utf-8").replace(b"\\x00", b"\x00")
    assert files, "the section shows at least one file"
    return files


def test_documents_and_rules_match() -> None:
    documents = {p.stem for p in DOCS.glob("*.md")} - {"README"}
    assert documents == {r.name for r in RULES}


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_document_shape(rule) -> None:
    text = (DOCS / f"{rule.name}.md").read_text(encoding="utf-8")
    assert text.startswith(f"# {rule.name} ({rule.code})\n")
    assert [h for h in re.findall(r"^## .+$", text, flags=re.M)] == HEADINGS
    assert f"Default severity: {rule.severity.value}" in text


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_fix_section_agrees_with_the_module(rule) -> None:
    section = sections((DOCS / f"{rule.name}.md").read_text(encoding="utf-8"))["## Fix"].strip()
    assert section.startswith(FIX_WORDS[FIXES[rule.code]])
    assert len(section.split()) > 6, "the Fix section says what the fix does, or why there is none"


@pytest.mark.parametrize("rule", ACTIVE, ids=[r.code for r in ACTIVE])
def test_example_triggers_the_rule(rule, workspace) -> None:
    section = sections((DOCS / f"{rule.name}.md").read_text(encoding="utf-8"))["## Example"]
    result = lint_in(workspace(files_of(section)))
    assert rule.code in {d.code for d in result.diagnostics}


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_use_instead_does_not(rule, workspace) -> None:
    section = sections((DOCS / f"{rule.name}.md").read_text(encoding="utf-8"))["## Use instead"]
    result = lint_in(workspace(files_of(section)))
    assert rule.code not in {d.code for d in result.diagnostics}


@pytest.mark.parametrize("rule", RETIRED, ids=[r.code for r in RETIRED])
def test_a_retired_rule_says_so_and_never_fires(rule, workspace) -> None:
    text = (DOCS / f"{rule.name}.md").read_text(encoding="utf-8")
    assert "Retired" in text
    result = lint_in(workspace(files_of(sections(text)["## Example"])))
    assert rule.code not in {d.code for d in result.diagnostics}
