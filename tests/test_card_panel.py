"""The card panel beside the conversation: the step's card, or a line saying it has none; a card
seen before comes back as it was drawn (shown again, not rebuilt)."""

from __future__ import annotations

from pathlib import Path

from conftest import app_ready, until
from textual.widgets import Markdown

from guide.base.i18n import t
from guide.tui.app import GuideApp
from guide.tui.conversation import ConversationScreen

SHOWCASE = Path(__file__).parent / "fixtures" / "tui"


def _shown(screen) -> list[Markdown]:
    return [md for md in screen.query_one("#cardpanel").query(Markdown) if md.display]


async def test_cards_come_back_as_drawn_and_a_step_without_one_says_so(tmp_path):
    app = GuideApp(lang="nl", flow_dirs=[SHOWCASE], data_dir=str(tmp_path / "data"), blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await app_ready(pilot)
        app.open_flow("showcase", "rehearse", "T-1")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        await until(pilot, lambda: bool(_shown(screen)), "the first step's card is shown")
        card_text = app.lib.card_text("presentie", "nl")
        [first] = _shown(screen)
        assert first.source == card_text

        await pilot.press("enter")  # the next step has no card
        none = t("conv.no-card", "nl")
        await until(pilot, lambda: [md.source for md in _shown(screen)] == [none], "the no-card line")

        await pilot.press("ctrl+b")  # back to the card step: the same drawing, shown again
        await until(pilot, lambda: _shown(screen) == [first], "the first card shown again as drawn")
        assert first.source == card_text
        assert len(screen.query_one("#cardpanel").query(Markdown)) == 2  # the card and the no-card line
