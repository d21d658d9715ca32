"""Write an export atomically: a temporary file beside the target replaces it only once it
is completely written, so an interrupted export never leaves half a file (the model file's
own save does the same, through the same function)."""

from __future__ import annotations

import os
from pathlib import Path

from synergy_gui.model.fileformat import write_atomically


def write_text_atomically(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path``; on any failure the old file is left as it was."""
    return write_atomically(path, text.encode("utf-8"))


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path``; on any failure the old file is left as it was."""
    return write_atomically(path, data)


__all__ = ["write_bytes_atomically", "write_text_atomically"]
