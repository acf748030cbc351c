"""The user's settings and key overrides, small YAML files in the config folder.

settings.yaml:  lang: en / theme: bindkracht / welcomed: true
keys.yaml:      back: ctrl+b / note: ctrl+n   (binding id -> key)
"""

from __future__ import annotations

from pathlib import Path

import yaml

from guide import paths
from guide.store import StoreError, make_private_dir, write_private

SETTINGS = "settings.yaml"
KEYS = "keys.yaml"


def _read(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, (str, int, bool))}


def load() -> dict:
    return _read(paths.config_dir() / SETTINGS)


def save(values: dict) -> bool:
    """Merge values into settings.yaml; False when it cannot be written."""
    directory = paths.config_dir()
    merged = {**load(), **{k: str(v) for k, v in values.items()}}
    try:
        make_private_dir(directory)
        write_private(directory / SETTINGS, yaml.safe_dump(merged, allow_unicode=True).encode())
    except StoreError:
        return False
    return True


def keymap() -> dict[str, str]:
    return _read(paths.config_dir() / KEYS)
