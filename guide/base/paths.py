"""Where things live: the shipped flows and cards, and the user's directories."""

from __future__ import annotations

import os
from pathlib import Path

from guide.base.errors import StoreError

APP = "bindkracht"


def shipped_root() -> Path:
    """Inside a wheel the data sits in guide/_shipped; in a checkout, beside guide/."""
    here = Path(__file__).resolve().parent.parent  # guide/
    packaged = here / "_shipped"
    return packaged if (packaged / "flows").is_dir() else here.parent


def shipped_flows() -> Path:
    return shipped_root() / "flows"


def shipped_content() -> Path:
    return shipped_root() / "content"


def shipped_schema() -> Path:
    """The editor schema of flows (schema/flow.schema.json), shipped with the package."""
    return shipped_root() / "schema" / "flow.schema.json"


def config_dir() -> Path:
    override = os.environ.get("BINDKRACHT_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_path  # deferred: ~12 ms, not needed when a folder is given

    return user_config_path(APP, appauthor=False)


def user_flows() -> Path:
    return config_dir() / "flows"


def data_dir(override: str | None = None) -> Path:
    chosen = override or os.environ.get("BINDKRACHT_DATA_DIR")
    if chosen:
        try:
            return Path(chosen).expanduser()
        except RuntimeError:  # '~someone' whose home is unknown
            raise StoreError("store.unknown-home", path=chosen) from None
    from platformdirs import user_data_path  # deferred: ~12 ms, not needed when a folder is given

    return user_data_path(APP, appauthor=False)
