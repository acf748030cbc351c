"""Key bindings with ids (so users can rebind them in keys.yaml) and
descriptions in the current language."""

from __future__ import annotations

from textual.binding import Binding, BindingsMap

from guide.i18n import t

# (id, default keys, action, description key, shown in footer)
APP_KEYS = [
    ("quit", "ctrl+q", "request_quit", "key.quit", True),
    ("help", "f1", "help", "key.help", True),
    ("palette", "ctrl+p", "command_palette", "key.palette", True),
]
CONVERSATION_KEYS = [
    ("save", "ctrl+s", "save_text", "key.save", True),
    ("back", "ctrl+b", "back", "key.back", True),
    ("skip", "ctrl+o", "skip", "key.skip", True),
    ("note", "ctrl+n", "note", "key.note", True),
    ("card", "ctrl+t", "toggle_card", "key.card", True),
    ("export", "ctrl+r", "export", "key.export", True),
    ("home", "ctrl+h", "home", "key.home", False),
]


def bindings(spec, lang: str) -> list[Binding]:
    return [
        Binding(keys, action, t(desc, lang), show=show, id=bid, priority=True)
        for bid, keys, action, desc, show in spec
    ]


def apply(node, spec, lang: str) -> None:
    """Give a screen or the app its bindings in `lang` (keeps user overrides)."""
    node._bindings = BindingsMap(bindings(spec, lang))
    node.refresh_bindings()


def all_ids() -> list[str]:
    return [s[0] for s in APP_KEYS + CONVERSATION_KEYS]
