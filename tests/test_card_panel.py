"""The card panel beside the conversation: the step's card, or a line saying it has none; a card
seen before comes back as it was drawn (its lines kept, not drawn again)."""

from __future__ import annotations

from pathlib import Path

from conftest import app_ready, until

from guide.base.i18n import t
from guide.tui.app import GuideApp
from guide.tui.cardview import CardView
from guide.tui.conversation import ConversationScreen

SHOWCASE = Path(__file__).parent / "fixtures" / "tui"


def _panel(screen) -> CardView:
    return screen.query_one("#cardpanel", CardView)


def _text(panel: CardView) -> str:
    """What the panel shows, line by line, as a reader sees it."""
    return "\n".join(line.text.rstrip() for line in panel.lines)


async def test_cards_come_back_as_drawn_and_a_step_without_one_says_so(tmp_path):
    app = GuideApp(lang="nl", flow_dirs=[SHOWCASE], data_dir=str(tmp_path / "data"), blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await app_ready(pilot)
        app.open_flow("showcase", "rehearse", "T-1")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        panel = _panel(screen)
        card_text = app.lib.card_text("presentie", "nl")
        await until(pilot, lambda: panel.source == card_text and bool(panel.lines), "the first card is shown")
        first = panel.lines
        assert "Presentie" in _text(panel) and "#" not in _text(panel)  # drawn, not shown as source

        await pilot.press("enter")  # the next step has no card
        none = t("conv.no-card", "nl")
        await until(pilot, lambda: panel.source == none, "the no-card line")
        assert _text(panel).strip() == none

        await pilot.press("ctrl+b")  # back to the card step: the same drawing, shown again
        await until(pilot, lambda: panel.source == card_text, "the first card shown again")
        assert panel.lines is first
