"""XS005 unused-suppression: a suppression comment that suppressed nothing.

Found by the engine after every other rule has run (see `suppressions.py`):
whether a comment silenced anything is only known once all findings are in.
"""

from __future__ import annotations

from xslint.catalog import BY_CODE
from xslint.diagnostics import Applicability

RULE = BY_CODE["XS005"]
FIX = Applicability.SAFE  # removing a comment that silences nothing changes nothing
