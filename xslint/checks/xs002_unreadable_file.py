"""XS002 unreadable-file: a file that cannot be read, is not UTF-8, or holds NUL bytes.

Found while reading (`xslint/source.py`) and while walking folders
(`xslint/discover.py`); this module gives the rule its place in the registry.
"""

from __future__ import annotations

from xslint.catalog import BY_CODE

RULE = BY_CODE["XS002"]
