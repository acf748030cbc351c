"""Keys that arrive in one burst (typed fast, pasted by a terminal, sent over a slow network) act
in order. The keys go to the app's driver one after the other, as a terminal delivers them, with
no wait between them (Pilot waits for the app to be idle after each key, which hides a race)."""

from __future__ import annotations

from pathlib import Path

from textual import events

from guide.tui.app import GuideApp
from guide.tui.widgets import MultiList
from tests.conftest import app_ready, until

LOW = Path(__file__).parent / "fixtures" / "low"


def _burst(app, *keys: str) -> None:
    for key in keys:
        event = events.Key(key, " " if key == "space" else None)
        event.set_sender(app)
        app._driver.send_message(event)


async def test_space_down_space_in_one_burst_ticks_each_line_it_was_on(tmp_path):
    app = GuideApp(lang="nl", flow_dirs=[LOW], data_dir=str(tmp_path / "data"), blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app_ready(pilot)
        app.open_flow("long-checklist", "prepare", "T-1")
        await until(pilot, lambda: bool(app.screen.query(MultiList)), "the checklist")
        listed = app.screen.query_one(MultiList)
        await until(pilot, lambda: listed.has_focus and listed.option_count == 8, "the list in focus")
        _burst(app, "space", "down", "space", "down", "space")
        await until(pilot, lambda: len(listed.selected) == 3, "three lines ticked", seconds=30)
        assert sorted(listed.selected) == ["a", "b", "c"]  # the first three, not one line twice
        _burst(app, "up", "space")  # and a tick taken back in a burst too
        await until(pilot, lambda: sorted(listed.selected) == ["a", "c"], "line two unticked", seconds=30)
