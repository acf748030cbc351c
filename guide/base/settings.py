"""The user's settings and key overrides: small TOML files in the config folder.

settings.toml:  lang = "en"   welcomed = "True"
                theme = "bindkracht" (or "bindkracht-light", "bindkracht-contrast")
                binnenkant = "after"   (or "before": when a client line's inner side shows)
                typed_confirm = true   (typed play: show how a turn was understood before the
                                        client answers; false: the client answers at once)
                sheets = "trainer" | "everyone"  (who sees coach and observer sheets,
                                                  see guide/classroom/training.py)
keys.toml:      back = "ctrl+b"   note = "ctrl+j"        (binding id = key)

TOML because the standard library reads it quickly (this is on the start-up path).
A file the user broke is reported with its line and never overwritten: their
comments and choices stay theirs to mend. A value that is not allowed (or a key that does
not exist) is ignored and reported once, naming the file, the key and what is allowed
(`problems`): commands say it on stderr, the app in a notification. keys.toml values are
checked where the keys live (guide/tui/keys.py).
"""

from __future__ import annotations

import os
import re
from collections import namedtuple
from pathlib import Path

from guide.base import i18n, paths
from guide.base.errors import StoreError
from guide.base.files import make_private_dir, write_private

SETTINGS = "settings.toml"
KEYS = "keys.toml"


class Broken(namedtuple("Broken", "path line col detail")):
    """A settings file that could not be read: where (path, line, col), and what the reader said."""

    __slots__ = ()

    def params(self) -> dict:
        return {"path": str(self.path), "line": self.line, "col": self.col, "detail": self.detail}


def _where(exc: ValueError) -> tuple[int, int, str]:
    """tomllib puts the place in the message: 'Expected ... (at line 3, column 7)'."""
    text = str(exc)
    found = re.search(r"\(at line (\d+), column (\d+)\)", text)
    if found:
        return int(found[1]), int(found[2]), text[: found.start()].strip()
    return 1, 1, text


def _read(path: Path) -> tuple[dict[str, str], Broken | None]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError) as exc:
        return {}, Broken(path, 1, 1, getattr(exc, "strerror", None) or str(exc))
    import tomllib  # only when there is a file to read: it is a noticeable part of a command's start

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return {}, Broken(path, *_where(exc))
    return {str(k): str(v) for k, v in data.items() if isinstance(v, (str, int, bool))}, None


SHEETS = ("trainer", "everyone")
# what each setting may be (None: checked where it is used, as the theme is by the app)
CHOICES: dict[str, tuple[str, ...] | None] = {
    "lang": i18n.LANGS, "theme": None, "welcomed": ("True", "False"), "binnenkant": ("after", "before"),
    "sheets": SHEETS, "typed_confirm": ("true", "false"),
}


class Problem(namedtuple("Problem", "code params")):
    """A value in a settings file that is ignored: a catalogue key and its parameters."""

    __slots__ = ()


_problems: dict[tuple, Problem] = {}  # found since the start, each once, until someone shows them


def note_problem(code: str, path: Path, key: str, value: str, allowed) -> None:
    allowed = allowed if isinstance(allowed, str) else ", ".join(allowed)
    params = {"path": str(path), "key": key, "value": value, "allowed": allowed}
    _problems.setdefault((code, str(path), key, value), Problem(code, params))


def take_problems() -> list[Problem]:
    """The ignored values not yet shown to the user (then forgotten: each is said once)."""
    found = list(_problems.values())
    _problems.clear()
    return found


def typed_confirm(values: dict[str, str]) -> bool:
    """Typed play asks the learner to confirm how a turn was understood (the default), or not."""
    return values.get("typed_confirm", "true").strip().lower() != "false"


def load() -> dict[str, str]:
    """settings.toml without the values it may not hold (each noted as a problem)."""
    path = paths.config_dir() / SETTINGS
    values = _read(path)[0]
    for key, value in list(values.items()):
        if key not in CHOICES:
            note_problem("settings.unknown-key", path, key, value, CHOICES)
            del values[key]
            continue
        allowed = CHOICES[key]
        if allowed is not None and value.strip().lower() not in [a.lower() for a in allowed]:
            note_problem("settings.bad-value", path, key, value, allowed)
            del values[key]
    return values


def sheets() -> str:
    """"trainer" (the default, also for a value it does not know) or "everyone"."""
    return load().get("sheets", SHEETS[0]).strip().lower()


def keymap() -> dict[str, str]:
    return _read(paths.config_dir() / KEYS)[0]


def broken() -> list[Broken]:
    """The settings files that exist but cannot be read, to tell the user."""
    found = (_read(paths.config_dir() / name)[1] for name in (SETTINGS, KEYS))
    return [b for b in found if b is not None]


def save(values: dict) -> bool:
    """Set values in settings.toml, keeping the user's other lines and comments.

    False when it cannot be written, or when the file is broken (never overwritten then).
    """
    import json  # deferred: only a save writes (TOML strings are JSON strings); commands start without it

    directory = paths.config_dir()
    path = directory / SETTINGS
    _, problem = _read(path)
    if problem is not None:
        return False
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    except OSError:
        return False
    for key, value in values.items():
        # a JSON string is a valid TOML basic string
        line = f"{key} = {json.dumps(str(value), ensure_ascii=False)}"
        pattern = re.compile(rf"\s*{re.escape(key)}\s*=")
        at = next((i for i, old in enumerate(lines) if pattern.match(old)), None)
        if at is None:
            lines.append(line)
        else:
            lines[at] = line
    try:
        make_private_dir(directory)
        write_private(path, ("\n".join(lines) + "\n").encode("utf-8"))
    except StoreError:
        return False
    return True


def pick_lang(requested: str | None = None) -> str:
    """--lang beats BINDKRACHT_LANG beats the saved setting (settings.toml `lang`,
    also set by switching language in the app) beats LC_ALL / LC_MESSAGES / LANG
    (nl_BE.UTF-8 -> nl) beats the default (nl)."""
    for candidate in (requested, os.environ.get("BINDKRACHT_LANG"), _saved_lang):
        if callable(candidate):  # the settings file is read only when nothing before it decided
            candidate = candidate()
        if candidate and candidate.lower() in i18n.LANGS:
            return candidate.lower()
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:  # the first one set decides, as the C library does
            code = value[:2].lower()
            return code if code in i18n.LANGS else i18n.DEFAULT_LANG
    return i18n.DEFAULT_LANG


def _saved_lang() -> str | None:
    return load().get("lang")
