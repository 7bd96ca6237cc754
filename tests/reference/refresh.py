"""Re-extract the complete definitions shown in Xano's XanoScript docs.

Run by hand when the reference changes:

    python tests/reference/refresh.py ../shared/reference/xanoscript

Every ```xs block whose first code line starts with a definition keyword is
written to `examples/<doc>__L<line>.xs` (the line of the fence in the doc);
every block of the realtime documents, fragments included, to
`realtime/<doc>__L<line>.xs`.
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


REALTIME_DOCS = ("realtime.md", "triggers.md")


def main(docs: Path) -> None:
    for folder in ("examples", "realtime"):
        shutil.rmtree(HERE / folder, ignore_errors=True)
        (HERE / folder).mkdir()
    for doc in sorted(docs.rglob("*.md")):
        text = doc.read_text(encoding="utf-8")
        stem = doc.relative_to(docs).with_suffix("").as_posix().replace("/", "-")
        for match in BLOCK.finditer(text):
            name = f"{stem}__L{text.count(chr(10), 0, match.start()) + 1}.xs"
            if first_word(match.group(1)) in DEFINITION_KINDS:
                (HERE / "examples" / name).write_text(match.group(1), encoding="utf-8")
            if doc.name in REALTIME_DOCS:
                (HERE / "realtime" / name).write_text(match.group(1), encoding="utf-8")
    shutil.copy(docs / "LICENSE", HERE / "LICENSE")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
