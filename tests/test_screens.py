"""Every screen by keyboard only, and in one language at a time (see tests/tour.py)."""

import pytest

from guide.base import i18n
from tests.tour import controls, fragments, make_app, screen_text, tour

EVERY_SCREEN = {"home", "new-session", "note", "help", "quit", "palette", "theme-picker", "end", "debrief",
                "home-with-finished", "finished-dialog", "plan", "reflection-report"}
TEXTUAL_ENGLISH = ["No matches found", "Search for", "Focus Next", "Copy selected text", "Press Ctrl+Q",
                   "textual-dark", "Cursor up"]


@pytest.mark.slow
async def test_every_control_on_every_screen_is_reached_by_tab_and_shift_tab(private_dirs):
    app = make_app(private_dirs, "nl")
    unreachable = {}

    async def visit(name):
        wanted = controls(app.screen)
        assert wanted or name.startswith("palette"), f"{name}: no controls at all"
        for direction in ("tab", "shift+tab"):
            seen = set()
            for _ in range(len(wanted) + 2):
                await pilot.press(direction)
                await pilot.pause()
                seen.add(app.focused)
            missing = [w.id or type(w).__name__ for w in wanted if w not in seen]
            if missing:
                unreachable[f"{name} ({direction})"] = missing

    async with app.run_test(size=(80, 24)) as pilot:
        names = await tour(pilot, app, visit)
    assert EVERY_SCREEN | {
        f"step-{k}" for k in ("card", "choice", "multi", "checklist", "scale", "text")
    } <= set(names)
    assert not unreachable, unreachable


def _foreign(lang: str) -> tuple[list[str], set[str]]:
    """Texts of the other language that this language never uses: long fragments and whole short texts."""
    other = "en" if lang == "nl" else "nl"
    table = i18n.all_keys()
    own = [e[lang] for e in table.values()]
    own_set = set(own)
    own_text = "\n".join(own)
    long_parts, whole = set(), set()
    for entry in table.values():
        text = entry[other]
        if text == entry[lang]:
            continue
        for part in fragments(text):
            if len(part) >= 14 and part not in own_text:
                long_parts.add(part)
        if "{" not in text and len(text) < 14 and text not in own_set:
            whole.add(text)
    return sorted(long_parts), whole


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_no_text_of_the_other_language_on_any_screen(private_dirs, lang):
    app = make_app(private_dirs, lang)
    long_parts, whole = _foreign(lang)
    leaks = {}

    async def visit(name):
        text = screen_text(app)
        lines = {line.strip() for line in text.splitlines()}
        found = [p for p in long_parts if p in text] + sorted(lines & whole)
        if lang == "nl":
            found += [e for e in TEXTUAL_ENGLISH if e in text]
        if found:
            leaks[name] = found

    async with app.run_test(size=(100, 30)) as pilot:
        await tour(pilot, app, visit)
    assert not leaks, leaks


async def test_footer_fits_lists_only_working_keys_and_every_key_the_screen_mentions(private_dirs):
    import re

    from textual.widgets import Footer

    app = make_app(private_dirs, "nl")
    problems = {}

    async def visit(name):
        screen = app.screen
        footers = list(screen.query(Footer))
        if not footers:
            return  # dialogs: the screen below keeps its footer
        lines = [s.text for s in screen._compositor.render_strips()]
        footer_line = lines[-1].rstrip()
        shown = [a for a in screen.active_bindings.values() if a.binding.show]
        # fits: the last key's description is there whole
        last = shown[-1].binding.description
        if not footer_line.endswith(last):
            problems[name] = f"cut off: {footer_line!r}"
        # only keys that work here
        if any(not a.enabled for a in shown):
            problems[name] = [a.binding.key for a in shown if not a.enabled]
        # every key the text above mentions is in the footer
        above = "\n".join(lines[:-1])
        for key in re.findall(r"Ctrl\+([A-Z])\b", above):
            if f"^{key.lower()}" not in footer_line:
                problems[name] = f"Ctrl+{key} mentioned, not in the footer: {footer_line!r}"

    async with app.run_test(size=(80, 24)) as pilot:
        await tour(pilot, app, visit)
    assert not problems, problems


async def test_help_lists_the_keys_of_the_screen_below(private_dirs):
    from tests.tour import STEPS

    app = make_app(private_dirs, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        home = dict(app.keys_here(app.screen))
        assert home["Tab"] == "Move" and home["Ctrl+Q"] == "Quit" and "Ctrl+B" not in home
        app.open_flow("showcase", "rehearse", "T-1")
        await pilot.pause()
        card = dict(app.keys_here(app.screen))
        assert "Ctrl+B" not in card and "Ctrl+S" not in card and card["Ctrl+G"] == "Home"
        for presses in STEPS.values():
            for key in presses:
                await pilot.press(key)
                await pilot.pause()
        text = dict(app.keys_here(app.screen))
        assert text["Ctrl+S"] == "Save" and text["Ctrl+B"] == "Back"
        await pilot.press("f1")
        await pilot.pause()
        assert "Ctrl+S" in screen_text(app) and "Save" in screen_text(app)
