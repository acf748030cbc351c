"""A keyboard-only tour of every screen of the app, for the keyboard, language and snapshot tests."""

from __future__ import annotations

import re
from pathlib import Path

from textual.containers import ScrollableContainer
from textual.widgets import Button, Input, OptionList, SelectionList, Static, TextArea

from guide.tui.app import GuideApp
from guide.tui.themes import THEMES

SHOWCASE = Path(__file__).parent / "fixtures" / "tui"
CONTROLS = (Button, OptionList, SelectionList, TextArea, Input)

# keys from the start of the showcase flow to each kind of step (as in test_snapshots)
STEPS = {
    "card": [],
    "ask": ["enter"],
    "cue": ["enter"],
    "line": ["enter"],
    "choice": ["enter"],
    "multi": ["enter"],
    "checklist": ["space", "enter"],
    "scale": ["space", "enter"],
    "text": ["ctrl+o", "down", "down", "enter"],
}
PLAN = [*"Eerste keer hier.", "ctrl+s", "space", "enter", *"Wat brengt je hier?", "ctrl+s"]
REFLECT = ["enter", "enter", "down", "down", "enter", "down", "enter"]


def make_app(data, lang: str) -> GuideApp:
    return GuideApp(lang=lang, flow_dirs=[SHOWCASE], data_dir=str(data), blink=False)


def shown(widget) -> bool:
    """Displayed with all its containers (visibility is the widget's own: children may override it)."""
    if not widget.visible:
        return False
    node = widget
    while node is not None and node is not widget.screen:
        if not node.display:
            return False
        node = node.parent
    return True


def controls(screen) -> list:
    """Inputs, lists and buttons, and the scrolling areas a reader moves through with the arrows."""
    # the palette's list follows the arrows typed in its search field, so it takes no focus itself;
    # a home list that only says it is empty takes none either
    return [w for w in screen.query("*") if shown(w) and not w.disabled and type(w).__name__ != "CommandList"
            and w.can_focus and isinstance(w, (*CONTROLS, ScrollableContainer))]


def screen_text(app) -> str:
    """Every string the screen shows: its lines as drawn, and each widget's own text whole."""
    screen = app.screen
    parts = [s.text for s in screen._compositor.render_strips()]
    for w in screen.query("*"):
        if not shown(w):
            continue
        if isinstance(w, Button):
            parts.append(str(w.label))
        elif isinstance(w, OptionList):
            parts += [str(w.get_option_at_index(i).prompt) for i in range(w.option_count)]
        elif isinstance(w, Input):
            parts += [w.placeholder, w.value]
        elif isinstance(w, Static):
            parts.append(str(w.render()))
    parts += [a.binding.description for a in screen.active_bindings.values() if a.binding.show]
    return "\n".join(p for p in parts if p)


async def tour(pilot, app, visit) -> list[str]:
    """Walk home, new-session dialog, every step kind, note, help, quit, palette, theme picker,
    end screen, debrief, home with the finished session, its dialog, the plan and the reflection
    report, calling `visit(name)` on each. Returns the names visited."""
    names = []

    async def at(name):
        await pilot.pause()
        names.append(name)
        await visit(name)

    async def until(check, what):
        """Wait (up to 10 s) for something the palette fills in its own time."""
        for _ in range(200):
            if check():
                return
            await pilot.pause(0.05)
        raise AssertionError(f"waited in vain for {what}")

    def palette_list():
        from textual.command import CommandList

        found = app.screen.query(CommandList)
        return found.first() if found else None

    def listed(n=None):
        lst = palette_list()
        return lst is not None and lst.option_count > 0 and (n is None or lst.option_count == n)

    async def keys(*presses):
        for key in presses:
            await pilot.press(key)
            await pilot.pause()

    await pilot.pause()
    await at("home")
    app.start_flow("showcase", "rehearse")
    await at("new-session")
    await keys("enter")
    for kind, presses in STEPS.items():
        await keys(*presses)
        assert app.screen.engine.current.kind == kind, (kind, app.screen.engine.current.kind)
        await at(f"step-{kind}")
    await keys("ctrl+n")
    await at("note")
    await keys("escape", "f1")
    await at("help")
    await keys("escape", "ctrl+q")
    await at("quit")
    await keys("escape", "ctrl+p")
    every = len(list(app.get_system_commands(app.screen_stack[-2])))
    await until(lambda: listed(every), "all the palette's commands")
    await at("palette")
    await keys(*"zqzqzq")
    await until(
        lambda: listed(1) and palette_list().get_option_at_index(0).id == "--no-matches", "nothing found"
    )
    await at("palette-nothing-found")
    await keys("escape")
    app.action_change_theme()
    await until(lambda: listed(len(THEMES)), "every theme offered")
    await at("theme-picker")
    await keys("escape", *"Rustig", "ctrl+s")
    assert app.screen.engine.finished
    await at("end")
    await keys("enter")
    await at("debrief")
    await keys("escape", "ctrl+g")
    await at("home-with-finished")
    for _ in range(8):
        if app.focused is not None and app.focused.id == "done":
            break
        await keys("tab")
    await keys("enter")
    await at("finished-dialog")
    await keys("escape")
    app.open_flow("plan-mini", "prepare", "T-2")
    await keys(*PLAN, "enter")
    await at("plan")
    await keys("escape", "ctrl+g")
    app.open_flow("reflect-mini", "practise", "T-3")
    await keys(*REFLECT, "enter")
    await at("reflection-report")
    await keys("escape", "ctrl+g")
    return names


def fragments(text: str) -> list[str]:
    """The literal parts of a catalogue text (placeholders cut out)."""
    return [f.strip() for f in re.split(r"\{[^}]*\}", text) if f.strip()]
