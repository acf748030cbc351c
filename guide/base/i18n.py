"""Translation of the app's own strings (flows and cards carry their own).

Every string lives in a catalogue as {key: {"nl": ..., "en": ...}}. Dutch is
the working language and the default. `t()` never raises: a missing key shows
the key itself, and a test makes sure no key lacks a language.
"""

from __future__ import annotations

import time

from guide import strings as _strings
from guide.strings.index import INDEX

LANGS = ("nl", "en")
DEFAULT_LANG = "nl"


def all_keys() -> dict[str, dict[str, str]]:
    """The whole catalogue (every area of guide/strings read)."""
    return _strings.everything()


def t(key: str, lang: str, /, **params: object) -> str:
    """The text of `key` in `lang`, filled with `params`. With n=1, the key's ".one" form when it has one
    ("1 sessie" beside "{n} sessies")."""
    if params.get("n") == 1 and f"{key}.one" in INDEX:
        key = f"{key}.one"
    entry = _strings.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry.get(DEFAULT_LANG) or key
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


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
