"""Write a text file atomically: a temporary file beside the target replaces it only once it
is completely written, so an interrupted export never leaves half a file."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def write_text_atomically(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path``; on any failure the old file is left as it was."""
    target = Path(os.path.realpath(path))  # write through a symlink, do not replace it
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with open(descriptor, "wb", closefd=True) as stream:
            stream.write(text.encode("utf-8"))
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
