"""Translation of the app's own strings (flows and cards carry their own).

Every string lives in a catalogue as {key: {"nl": ..., "en": ...}}. Dutch is
the working language and the default. `t()` never raises: a missing key shows
the key itself, and a test makes sure no key lacks a language.
"""

from __future__ import annotations

import time

LANGS = ("nl", "en")
DEFAULT_LANG = "nl"

_catalogues: list[dict[str, dict[str, str]]] = []


def add_catalogue(table: dict[str, dict[str, str]]) -> None:
    if table not in _catalogues:
        _catalogues.append(table)


def all_keys() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for table in _catalogues:
        merged.update(table)
    return merged


def t(key: str, lang: str, /, **params: object) -> str:
    for table in reversed(_catalogues):
        entry = table.get(key)
        if entry is not None:
            text = entry.get(lang) or entry.get(DEFAULT_LANG) or key
            if not params:
                return text
            try:
                return text.format(**params)
            except (KeyError, IndexError, ValueError):
                return text
    return key


def ago(when: float, lang: str) -> str:
    """'zojuist' / '5 min geleden' / '3 h ago': how long ago a unix time was."""
    minutes = max(0, int((time.time() - when) // 60))
    if minutes == 0:
        return t("time.now", lang)
    if minutes < 60:
        return t("time.minutes", lang, n=minutes)
    if minutes < 48 * 60:
        return t("time.hours", lang, n=minutes // 60)
    return t("time.days", lang, n=minutes // (24 * 60))


from guide import strings as _strings  # noqa: E402  (registers the core catalogue)

add_catalogue(_strings.STRINGS)
