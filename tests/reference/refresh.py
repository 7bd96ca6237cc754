"""Re-extract the complete definitions shown in Xano's XanoScript docs.

Run by hand when the reference changes:

    python tests/reference/refresh.py ../shared/reference/xanoscript

Every ```xs block whose first code line starts with a definition keyword is
written to `examples/<doc>__L<line>.xs` (the line of the fence in the doc).
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

from xslint.grammar import DEFINITION_KINDS

HERE = Path(__file__).parent
BLOCK = re.compile(r"^```xs\n(.*?)^```", re.S | re.M)


def first_word(block: str) -> str:
    for line in block.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("//"):
            return stripped.split()[0]
    return ""


def main(docs: Path) -> None:
    target = HERE / "examples"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    for doc in sorted(docs.rglob("*.md")):
        text = doc.read_text(encoding="utf-8")
        for match in BLOCK.finditer(text):
            if first_word(match.group(1)) in DEFINITION_KINDS:
                line = text.count("\n", 0, match.start()) + 1
                stem = doc.relative_to(docs).with_suffix("").as_posix().replace("/", "-")
                (target / f"{stem}__L{line}.xs").write_text(match.group(1), encoding="utf-8")
    shutil.copy(docs / "LICENSE", HERE / "LICENSE")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
