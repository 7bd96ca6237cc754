"""XS001 syntax-error: text that is not XanoScript.

Found while parsing (`xslint/parser.py`, messages in `xslint/errors.py`),
before any other rule can run; this module gives the rule its place in the
registry.
"""

from __future__ import annotations

from xslint.catalog import BY_CODE

RULE = BY_CODE["XS001"]
