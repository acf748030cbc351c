"""The one catalogue of the app's own texts, split by area, in Dutch and English.

Each module holds `STRINGS = {key: {"nl": ..., "en": ...}}` for one area; the
key's first part names the area that uses it. A new area is a new module here,
found by its file name (see AREAS). Flows and cards carry their own texts.
"""

from __future__ import annotations

import importlib
import os

# every module in this package is an area: a new one is picked up without being listed here
# (found by listing the folder: pkgutil would import inspect, a noticeable part of a command's start)
AREAS = tuple(
    importlib.import_module(f"{__name__}.{name[:-3]}")
    for name in sorted(os.listdir(__path__[0]))
    if name.endswith(".py") and name != "__init__.py" and name[:-3].isidentifier()
)

STRINGS: dict[str, dict[str, str]] = {}
for _area in AREAS:
    _clash = STRINGS.keys() & _area.STRINGS.keys()
    assert not _clash, f"string keys defined twice: {sorted(_clash)}"
    STRINGS.update(_area.STRINGS)
