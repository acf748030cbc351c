"""The one catalogue of the app's own texts, split by area, in Dutch and English.

Each module holds `STRINGS = {key: {"nl": ..., "en": ...}}` for one area; the
key's first part names the area that uses it. A new area is a new module here,
found by its file name (see AREAS). Flows and cards carry their own texts.
"""

from __future__ import annotations

import importlib
import pkgutil

# every module in this package is an area: a new one is picked up without being listed here
AREAS = tuple(
    importlib.import_module(f"{__name__}.{info.name}") for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name)
)

STRINGS: dict[str, dict[str, str]] = {}
for _area in AREAS:
    _clash = STRINGS.keys() & _area.STRINGS.keys()
    assert not _clash, f"string keys defined twice: {sorted(_clash)}"
    STRINGS.update(_area.STRINGS)
