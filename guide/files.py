"""Private folders and files: created closed to other users, written atomically."""

from __future__ import annotations

import os
import stat
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


class ReadError(CodedError):
    """A file that is not there to be read as text: a device, a pipe, too large, unreadable."""


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, checked before reading.

    A FIFO is opened without blocking, /dev/zero or a sparse giant is refused by its kind and
    size, and a file that grows while being read stops at limit + 1 bytes.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise ReadError("unreadable", reason=exc.strerror or str(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("not-a-file")
        if info.st_size > limit:
            raise ReadError("too-large", limit=limit // (1024 * 1024))
        os.set_blocking(fd, True)
        chunks, size = [], 0
        while size <= limit and (chunk := os.read(fd, min(1 << 20, limit + 1 - size))):
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise ReadError("too-large", limit=limit // (1024 * 1024))
        return b"".join(chunks)
    except OSError as exc:
        raise ReadError("unreadable", reason=exc.strerror or str(exc)) from None
    finally:
        os.close(fd)

