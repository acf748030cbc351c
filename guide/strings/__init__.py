"""The one catalogue of the app's own texts, split by area, in Dutch and English.

Each module holds `STRINGS = {key: {"nl": ..., "en": ...}}` for one area; the
key's first part names the area that uses it. A new area is a new module here,
listed in AREAS. Flows and cards carry their own texts.
"""

from __future__ import annotations

from guide.strings import app, checks, cli, graph, labels, reports, sessions

AREAS = (checks, cli, graph, sessions, reports, labels, app)

STRINGS: dict[str, dict[str, str]] = {}
for _area in AREAS:
    _clash = STRINGS.keys() & _area.STRINGS.keys()
    assert not _clash, f"string keys defined twice: {sorted(_clash)}"
    STRINGS.update(_area.STRINGS)
