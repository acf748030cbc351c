"""Private folders and files: created closed to other users, written atomically."""

from __future__ import annotations

import os
import stat
from functools import lru_cache
from pathlib import Path

from guide.base.errors import CodedError, StoreError


def display_path(path: Path) -> str:
    """A path as problems show it: relative to the working folder when inside it. Folders are resolved
    once each (a library's cards share a few), the file's own name is kept."""
    try:
        return str((_real(os.path.dirname(os.path.abspath(path))) / path.name).relative_to(
            _real(os.getcwd())))
    except (ValueError, OSError):
        return str(path)


@lru_cache(maxsize=256)
def _real(folder: str) -> Path:
    return Path(folder).resolve()


def make_private_dir(path: Path) -> None:
    """Create a folder and every missing folder above it closed to others (0700), whatever the umask."""
    path = Path(path)
    missing = []
    for folder in [path, *path.parents]:
        if folder.exists():
            break
        missing.append(folder)
    try:
        for folder in reversed(missing):
            try:
                folder.mkdir(mode=0o700)
            except FileExistsError:
                continue
            os.chmod(folder, 0o700)  # the umask may have taken bits away, never added: this is exact
        if not path.is_dir():
            raise NotADirectoryError(20, os.strerror(20), str(path))
    except OSError as exc:
        raise StoreError("store.no-dir", path=str(path), detail=exc.strerror or str(exc)) from None


def tighten(path: Path, mode: int) -> bool:
    """Close an existing file or folder of ours to others; True when it was open to them."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    if st.st_mode & 0o077 == 0 or st.st_uid != os.getuid():
        return False
    try:
        os.chmod(path, mode)
    except OSError:
        return False
    return True


def write_private(path: Path, data: bytes) -> None:
    """Write a file readable by its owner only, atomically: to a new path or over a regular file,
    never over a device, a folder or a symlink (whatever it points to)."""
    path = Path(path)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise StoreError("store.write-failed", path=str(path), detail=exc.strerror or str(exc)) from None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise StoreError("files.not-regular", path=str(path))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
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



def write_pages(target: Path, html: str, markdown: str | None = None, make_dir: bool = True) -> None:
    """The one writer of exports: the page at `target` and, with `markdown`, a .md beside it, both
    closed to others; `make_dir` makes its folder first (closed too). Raises StoreError."""
    if make_dir:
        make_private_dir(target.parent)
    write_private(target, html.encode("utf-8"))
    if markdown is not None:
        write_private(target.with_suffix(".md"), markdown.encode("utf-8"))
