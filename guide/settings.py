"""The user's settings and key overrides: small TOML files in the config folder.

settings.toml:  lang = "en"   theme = "bindkracht"   welcomed = "True"
keys.toml:      back = "ctrl+b"   note = "ctrl+j"        (binding id = key)

TOML because the standard library reads it quickly (this is on the start-up path).
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from guide import paths
from guide.files import StoreError, make_private_dir, write_private

SETTINGS = "settings.toml"
KEYS = "keys.toml"


def _read(path: Path) -> dict[str, str]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, (str, int, bool))}


def load() -> dict[str, str]:
    return _read(paths.config_dir() / SETTINGS)


def save(values: dict) -> bool:
    """Merge values into settings.toml; False when it cannot be written."""
    directory = paths.config_dir()
    merged = {**load(), **{k: str(v) for k, v in values.items()}}
    # a JSON string is a valid TOML basic string
    text = "".join(f"{key} = {json.dumps(value, ensure_ascii=False)}\n" for key, value in sorted(merged.items()))
    try:
        make_private_dir(directory)
        write_private(directory / SETTINGS, text.encode("utf-8"))
    except StoreError:
        return False
    return True


def keymap() -> dict[str, str]:
    return _read(paths.config_dir() / KEYS)
