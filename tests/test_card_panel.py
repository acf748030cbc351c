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


async def _opened(pilot, app) -> ConversationScreen:
    """The showcase flow open at its first step (a card step)."""
    await app_ready(pilot)
    app.open_flow("showcase", "rehearse", "T-1")
    await until(pilot, lambda: bool(app.screen.query("#cardpanel")), "the conversation")
    assert isinstance(app.screen, ConversationScreen)
    return app.screen


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


async def test_narrow_a_card_is_read_in_the_whole_width_tab_goes_back_and_a_theme_redraws_it(tmp_path):
    app = GuideApp(lang="nl", flow_dirs=[SHOWCASE], data_dir=str(tmp_path / "data"), blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _opened(pilot, app)
        panel = _panel(screen)
        await pilot.press("ctrl+t")  # narrow: the card is asked for, and takes the focus
        await until(pilot, lambda: panel.has_focus and bool(panel.lines), "the card in focus")
        assert not screen.query_one("#conv-main").display  # narrow: the card in the whole width
        assert panel.size.width >= 70
        await pilot.press("end", "tab")  # Tab closes it again: the answer has the room and the focus
        await until(pilot, lambda: screen.query_one("#continue").has_focus, "Tab back on the answer")
        assert not panel.display and screen.query_one("#conv-main").display

        await pilot.press("ctrl+t")
        await until(pilot, lambda: panel.has_focus and bool(panel.lines), "the card again")
        drawn = panel.lines
        heading = next(line for line in drawn if line.text.strip() == "Presentie")
        before = {seg.style.color for seg in heading if seg.text.strip()}
        app.theme = "textual-light"
        await until(pilot, lambda: panel.lines is not drawn, "the card drawn in the new theme")
        heading = next(line for line in panel.lines if line.text.strip() == "Presentie")
        assert {seg.style.color for seg in heading if seg.text.strip()} != before


async def test_a_control_character_in_a_card_is_shown_as_its_code_never_sent_to_the_terminal(tmp_path):
    from textual.app import App

    class One(App):
        def compose(self):
            yield CardView()

    app = One()
    async with app.run_test(size=(60, 20)) as pilot:
        panel = app.query_one(CardView)
        panel.show("# Titel\n\nTekst met \x1b[31mrood\x1b[0m, een \x07 bel en \u202eomgekeerd.")
        await until(pilot, lambda: bool(panel.lines), "the card drawn")
        text = _text(panel)
        assert "\\x1b[31mrood" in text and "\\x07" in text and "\\u202e" in text
        assert not any(ch in text for ch in "\x1b\x07\u202e")


async def test_a_card_folded_away_by_a_narrow_terminal_comes_back_when_it_is_wide_again(tmp_path):
    app = GuideApp(lang="nl", flow_dirs=[SHOWCASE], data_dir=str(tmp_path / "data"), blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _opened(pilot, app)
        panel = _panel(screen)
        await until(pilot, lambda: panel.display and bool(panel.lines), "the card beside the conversation")
        await pilot.resize_terminal(80, 24)
        await until(pilot, lambda: not panel.display, "narrow: the card folded away")
        assert screen.query_one("#continue").has_focus and screen.query_one("#conv-main").display
        await pilot.resize_terminal(120, 36)
        await until(pilot, lambda: panel.display, "wide again: the card beside the conversation")
        await pilot.press("ctrl+t")  # hidden by the user, it stays hidden through a resize
        await until(pilot, lambda: not panel.display, "the card hidden")
        await pilot.resize_terminal(80, 24)
        await pilot.resize_terminal(120, 36)
        await pilot.pause()
        assert not panel.display
