"""The one catalogue of the app's own texts, split by area, in Dutch and English.

Each module holds `STRINGS = {key: {"nl": ..., "en": ...}}` for one area; the
key's first part names the area that uses it. A new area is a new module here,
found by its file name (`areas`). Flows and cards carry their own texts.

An area is imported when one of its keys is first asked for (`get`), found through
guide/strings/index.py, which `python -m guide.strings` writes: a command then reads
only the few areas it says something from. A key the index lacks loads every area.
"""

from __future__ import annotations

import importlib
import os

from guide.strings.index import INDEX

_OWN = ("__init__.py", "__main__.py", "index.py")
_loaded: dict[str, dict[str, str]] = {}
_read: set[str] = set()
_areas: list[str] = []


def areas() -> list[str]:
    """Every area's module name: each module of this package but the catalogue's own (listed once)."""
    if not _areas:
        _areas.extend(sorted(name[:-3] for name in os.listdir(__path__[0])
                             if name.endswith(".py") and name not in _OWN and name[:-3].isidentifier()))
    return _areas


def _load(area: str) -> None:
    if area not in _read:
        _read.add(area)
        _loaded.update(importlib.import_module(f"{__name__}.{area}").STRINGS)


def get(key: str) -> dict[str, str] | None:
    """The key's texts, {"nl": ..., "en": ...}, or None when no area has it."""
    entry = _loaded.get(key)
    if entry is None:
        area = INDEX.get(key)
        if area is not None:
            _load(area)
            entry = _loaded.get(key)
        if entry is None and len(_read) < len(areas()):
            return everything().get(key)
    return entry


def everything() -> dict[str, dict[str, str]]:
    """The whole catalogue, every area read."""
    for area in areas():
        _load(area)
    return _loaded


def index() -> dict[str, str]:
    """Key -> area, as read from the areas themselves; a key two areas define is refused."""
    found: dict[str, str] = {}
    for area in areas():
        for key in importlib.import_module(f"{__name__}.{area}").STRINGS:
            if key in found:
                raise ValueError(f"string key {key!r} is defined in {found[key]} and in {area}")
            found[key] = area
    return found
