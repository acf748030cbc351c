"""Private folders and files: created closed to other users, written atomically."""

from __future__ import annotations

import os
from pathlib import Path

from guide.errors import CodedError


class StoreError(CodedError):
    """A problem saving or reading data, to show the user."""


def make_private_dir(path: Path) -> None:
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError("store.no-dir", path=str(path), detail=exc.strerror or str(exc)) from None


def write_private(path: Path, data: bytes) -> None:
    """Write a file readable by its owner only, atomically."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        code = "store.disk-full" if exc.errno == 28 else "store.write-failed"
        raise StoreError(code, path=str(path), detail=exc.strerror or str(exc)) from None
