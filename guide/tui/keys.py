"""Key bindings with ids (so users can rebind them in keys.toml) and
descriptions in the current language."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING

from textual.binding import Binding, BindingsMap

from guide.base import settings
from guide.base.i18n import t
from guide.tui.textual_compat import set_bindings

if TYPE_CHECKING:
    from textual.dom import DOMNode

# (id, default keys, action, description key, shown in footer)
KeySpec = tuple[str, str, str, str, bool]
APP_KEYS: list[KeySpec] = [
    ("quit", "ctrl+q", "request_quit", "key.quit", True),
    ("help", "f1", "help", "key.help", True),
    ("palette", "ctrl+p", "command_palette", "key.palette", True),
    ("stop-hint", "ctrl+c", "stop_hint", "key.stop-hint", False),
]
CONVERSATION_KEYS: list[KeySpec] = [
    ("save", "ctrl+s", "save_text", "key.save", True),
    ("back", "ctrl+b", "back", "key.back", True),
    ("skip", "ctrl+o", "skip", "key.skip", True),
    ("note", "ctrl+n", "note", "key.note", True),
    ("card", "ctrl+t", "toggle_card", "key.card", True),
    ("export", "ctrl+r", "export", "key.export", True),
    # Ctrl+H reaches a terminal app as Backspace: home is Ctrl+G ("ga naar start")
    ("home", "ctrl+g", "home", "key.home", True),
    ("escape-hint", "escape", "escape_hint", "key.escape-hint", False),
]
HOME_KEYS: list[KeySpec] = [
    ("next", "tab", "app.focus_next", "key.tab", True),
    ("previous", "shift+tab", "app.focus_previous", "key.shift-tab", False),
    ("group", "g", "group_view", "key.group", False),  # the trainer's group view (F1 lists it)
]
# what stays in a narrow footer first (the F1 help and the palette always have them all); the card
# before home: a narrow screen hides the card panel, and Ctrl+T is how it is found
PRIORITY = ("save", "back", "skip", "card", "home", "note", "export")
REPORT_KEYS: list[KeySpec] = [
    ("close", "escape", "close", "report.back", True),
    ("export", "ctrl+r", "export", "key.export", True),
]
PRESENTER_KEYS: list[KeySpec] = [  # the trainer's group view on a projector (tui/presenter.py)
    ("next-moment", "right,space,pagedown,n", "next", "key.next-moment", True),
    ("previous-moment", "left,pageup,p", "previous", "key.previous-moment", True),
    ("overview", "o", "overview", "key.overview", True),
    ("krachtlijnen", "k", "scores", "key.krachtlijnen", True),
    ("export", "ctrl+r", "export", "group.export-key", True),
    ("close", "escape", "close", "report.back", True),
]

LIVE_VIEW_KEYS = [  # the worker's, coach's and observers' screens, and the live entry (tui/live/)
    ("live-close", "escape", "close", "live.key.close", True),
]
LIVE_TRAINER_KEYS = [
    ("live-back", "ctrl+b", "step_back", "live.key.back", True),
    ("live-finish", "ctrl+e", "finish", "live.key.finish", True),
    ("live-reveal", "ctrl+o", "reveal", "live.key.reveal", True),  # the inner side, for the room
    *LIVE_VIEW_KEYS,
]
LIVE_INSIDE_KEYS = [  # the coach's binnenkant, after the play
    ("live-save", "ctrl+s", "save", "live.key.save", True),
    ("live-debrief", "ctrl+d", "debrief", "live.key.debrief", True),
]
LIVE_DEBRIEF_KEYS = [
    ("live-export", "ctrl+r", "export", "live.key.export", True),
    *LIVE_VIEW_KEYS,
]
TYPED_KEYS = [  # typed play: how a turn was understood (tui/typedplay.py), no text field has the focus
    ("typed-accept", "enter", "typed_accept", "typedui.key.accept", True),
    ("typed-pick", "o", "typed_pick", "typedui.key.pick", True),
]
EVERY_SPEC = [APP_KEYS, CONVERSATION_KEYS, HOME_KEYS, REPORT_KEYS, PRESENTER_KEYS, LIVE_VIEW_KEYS,
              LIVE_TRAINER_KEYS, LIVE_INSIDE_KEYS, LIVE_DEBRIEF_KEYS, TYPED_KEYS]


# Keys a browser keeps for itself (new window, new tab, close tab, address bar; Firefox quits on
# Ctrl+Q): in a tab of `serve` each binding on one of them gets a second key, put first so that
# the footer and F1 show it. One app per process, so the switch is the module's (see browser()).
BROWSER_TAKES = ("ctrl+n", "ctrl+t", "ctrl+w", "ctrl+l", "ctrl+q", "ctrl+tab", "ctrl+shift+n", "ctrl+shift+t")
BROWSER_KEYS = {"note": "f2", "card": "f4", "quit": "f10"}  # F10 quits, as in Midnight Commander
_in_browser = False


def browser(on: bool = True) -> None:
    """This app runs in a browser tab (`serve`): the browser's own keys get their second key."""
    global _in_browser
    _in_browser = on


def in_browser() -> bool:
    return _in_browser


def keys_for(bid: str, default: str) -> str:
    """The keys of binding `bid`: in a browser, the one that reaches the app comes first."""
    if _in_browser and bid in BROWSER_KEYS:
        return f"{BROWSER_KEYS[bid]},{default}"
    return default


def works_here(key: str) -> bool:
    """False for a key the browser takes, when the app runs in one."""
    return not (_in_browser and key in BROWSER_TAKES)


# Keys that act on what was just typed wait their turn: a priority binding runs as soon as the
# app reads the key, before the text area has taken the letters typed just before it.
IN_TURN = {"save", "skip", "live-save"}


def bindings(spec: list[KeySpec], lang: str, hide: Collection[str] = ()) -> list[Binding]:
    out = []
    for bid, keys, action, desc, show in spec:
        shown = show and bid not in hide
        if _in_browser and bid in BROWSER_KEYS:  # the footer shows the key that reaches the app
            out.append(Binding(BROWSER_KEYS[bid], action, t(desc, lang), show=shown, id=bid,
                               priority=bid not in IN_TURN))
            shown = False
        out.append(Binding(keys, action, t(desc, lang), show=shown, id=bid, priority=bid not in IN_TURN))
    return out


def apply(node: DOMNode, spec: list[KeySpec], lang: str, hide: Collection[str] = ()) -> None:
    """Give a screen or the app its bindings in `lang`, on top of the ones its
    class declares (Tab and Shift+Tab live there): user overrides apply later.
    `hide` keeps ids out of the footer (they still work)."""
    set_bindings(node, BindingsMap(bindings(spec, lang, hide)))


def footer_width(items: Iterable[tuple[str, str]]) -> int:
    """Cells a compact footer needs for (key, description) pairs: "^b Terug " each."""
    return sum(len(short(key)) + len(desc) + 2 for key, desc in items)


def short(key: str) -> str:
    """The footer's way of writing a key: ctrl+b -> ^b."""
    first = key.split(",")[0].strip()
    return "^" + first[5:] if first.startswith("ctrl+") else first


def fit(spec: list[KeySpec], usable: set[str], lang: str, keymap: Mapping[str, str], width: int) -> set[str]:
    """Ids to keep out of a footer `width` cells wide: the lowest in PRIORITY go first."""
    shown = [s for s in spec if s[4] and s[0] in usable]
    hide: set[str] = set()

    def need() -> int:
        return footer_width((keymap.get(s[0], keys_for(s[0], s[1])), t(s[3], lang))
                            for s in shown if s[0] not in hide)

    for bid in reversed(PRIORITY):
        if need() <= width:
            break
        if any(s[0] == bid for s in shown):
            hide.add(bid)
    return hide


# keys a binding may not take: they type, move or confirm (quit on Enter would leave no way to choose)
FREE_KEYS = {"escape", "home", "end", "pageup", "pagedown", "insert", *(f"f{n}" for n in range(1, 25))}
MODIFIERS = {"ctrl", "alt", "meta", "super", "hyper"}


CHOOSING = {"enter", "tab", "shift+tab"}  # on screens without a text field only these are taken


def usable(key: str, typing: bool = True) -> bool:
    """False for a binding that would take a key people type or move with: Enter, Tab, Space,
    Backspace, the arrows, any plain character (also with Shift). Ctrl/Alt keys and F-keys are fine.
    `typing` False: a screen without a text field (the projector's keys), where only Enter and Tab count."""
    for one in key.split(","):
        name = one.strip().lower()
        parts = name.split("+")
        if not parts[-1] or name in CHOOSING:
            return False
        if not typing or MODIFIERS & set(parts[:-1]):
            continue
        if parts[-1] not in FREE_KEYS:
            return False
    return True


def typing_ids() -> set[str]:
    """The key ids that act where people type: everywhere, the conversation, the live roles, the
    binnenkant."""
    return {s[0] for spec in (APP_KEYS, CONVERSATION_KEYS, LIVE_VIEW_KEYS, LIVE_INSIDE_KEYS) for s in spec}


def user_keys(keymap: dict[str, str], path, lang: str) -> dict[str, str]:
    """The bindings from keys.toml that can be used; the others are ignored and noted
    (settings.take_problems)."""
    ids = all_ids()
    typing = typing_ids()
    kept = {}
    for bid, key in keymap.items():
        if bid not in ids:
            settings.note_problem("keys.unknown-id", path, bid, key, ids)
        elif not usable(key, bid in typing):
            settings.note_problem("keys.unusable", path, bid, key, t("keys.allowed", lang))
        else:
            kept[bid] = key
    return kept


def all_ids() -> list[str]:
    """Every key id of every screen: each can be rebound in keys.toml."""
    return list(dict.fromkeys(s[0] for spec in EVERY_SPEC for s in spec))


def display(key: str) -> str:
    """'ctrl+q' -> 'Ctrl+Q', 'f1' -> 'F1', 'escape' -> 'Esc' (the first of several keys)."""
    first = key.split(",")[0].strip()
    names = {"escape": "Esc", "enter": "Enter", "space": "Space", "tab": "Tab"}
    parts = first.split("+")
    return "+".join(names.get(p, p.upper() if len(p) <= 3 else p.capitalize()) for p in parts)
