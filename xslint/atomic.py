"""Writing a file so that readers see the old one or the new one, never a part.

The data goes to a temporary file beside the target, which is then renamed
over it; stopped half-way (Ctrl-C, SIGTERM, a full disk), the temporary file
is removed and the old file stays. The target's permission bits are kept.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    import tempfile  # here: a warm run that writes nothing does not pay for importing it

    mode = path.stat().st_mode & 0o7777 if path.exists() else None
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
