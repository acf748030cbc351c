"""On a low terminal (80x24) a long list scrolls inside the answer area: the button that confirms it
and the hint under it stay on screen, above the footer."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.tui.app import GuideApp
from guide.tui.widgets import AnswerArea
from tests.conftest import app_ready, until

LOW = Path(__file__).parent / "fixtures" / "low"


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
async def test_a_long_checklist_keeps_its_confirm_button_and_hint_in_view(tmp_path, size):
    app = GuideApp(lang="nl", flow_dirs=[LOW], data_dir=str(tmp_path / "data"), blink=False)
    async with app.run_test(size=size) as pilot:
        await app_ready(pilot)
        app.open_flow("long-checklist", "prepare", "T-1")
        await until(pilot, lambda: bool(app.screen.query("#answer")), "the conversation")
        area = app.screen.query_one(AnswerArea)
        button = area.query_one("#confirm")
        await until(pilot, lambda: button.display and button.region.height > 0, "the confirm button")
        footer_top = size[1] - 1
        for widget in (button, area.query_one("#hint")):
            region = widget.region
            assert region.height > 0 and region.y + region.height <= footer_top, widget
        await pilot.press("space", "enter")  # the first line ticked, then confirmed: the flow ends
        await until(pilot, lambda: app.screen.conv.engine.finished, "the list confirmed")


@pytest.mark.parametrize("first_run", [True, False], ids=["first-run", "later"])
@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_every_activity_s_description_fits_on_a_low_home_screen(tmp_path, lang, first_run):
    from textual.widgets import OptionList, Static

    from guide.flows.model import JOBS

    app = GuideApp(lang=lang, data_dir=str(tmp_path / "data"), blink=False)
    app.first_run = first_run  # the welcome (one short line here) is shown until the first session
    async with app.run_test(size=(80, 24)) as pilot:
        await app_ready(pilot)
        await until(pilot, lambda: bool(app.screen.query("#flows")), "the lists")
        jobs, flows = app.screen.query_one("#jobs", OptionList), app.screen.query_one("#flows", OptionList)
        info = app.screen.query_one("#flow-info", Static)
        seen = 0
        for job in range(len(JOBS)):
            jobs.highlighted = job
            await pilot.pause()
            for index in range(flows.option_count):
                flows.highlighted = index
                await pilot.pause()
                if not str(info.render()).strip():
                    continue
                seen += 1
                assert info.region.bottom <= 23, (JOBS[job], flows.get_option_at_index(index).id)
        assert seen >= 12  # every scenario, the intake and the phases were looked at
