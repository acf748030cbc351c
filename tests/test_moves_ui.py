"""Where a learner meets the move reader: own words read in the debrief (and corrected), the mirror
of their turns, cues on the questions of an intake plan, and the group's counts of moves."""

from pathlib import Path

from textual.widgets import Button, OptionList, Static

from guide.storage.store import Store
from guide.tui.app import GuideApp
from guide.tui.modals import MeantScreen
from guide.tui.report import ReportScreen
from tests.test_app import start

RIK = Path(__file__).parent / "fixtures" / "tui-state"


def _own_words(screen) -> str:
    return "\n".join(str(w.render()) for w in screen.query("#own-words Static"))


async def _until(pilot, check, tries: int = 100) -> None:
    """Wait for what a user would see, with a generous deadline (never a fixed sleep)."""
    for _ in range(tries):
        if check():
            return
        await pilot.pause(0.05)
    assert check()


async def test_the_debrief_reads_own_words_and_keeps_a_correction_beside_it_without_changing_the_score(
        private_dirs):
    app = GuideApp(lang="nl", flow_dirs=[RIK], data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(110, 40)) as pilot:
        screen = await start(app, pilot, "rik")
        await pilot.press("enter")  # Rik's line
        await pilot.pause()
        await pilot.press(*"ge maakt u echt zorgen over de huur")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # the first option as written (BINDKRACHT_SEED=0): listen
        await pilot.pause()
        while screen.engine.current is not None:  # Rik's next line, then the next choice
            await pilot.press("enter")
            await pilot.pause()
        scores = screen.engine.scores()
        await pilot.press("enter")  # the debrief
        await _until(pilot, lambda: isinstance(app.screen, ReportScreen))
        report = app.screen
        await _until(pilot, lambda: "Zo lazen we het" in _own_words(report))
        shown = _own_words(report)
        assert "“ge maakt u echt zorgen over de huur”" in shown
        assert "Zo lazen we het: een reflectie:" in shown  # the move's name and the reader's why
        assert "Jouw keuze: Vertel maar, ik luister." in shown and "Beste optie: Vertel maar, ik luister." in shown
        before = report.query_one("#report-md").source
        mirror = report.query_one("#report-md-after").source
        assert "Spiegel van je eigen woorden" in mirror and "een spiegel, geen cijfer" in mirror
        assert "| Reflecties per vraag | – (1/0) |" in mirror

        report.query_one("#not-meant-0", Button).press()  # "Zo bedoelde ik het niet"
        await _until(pilot, lambda: isinstance(app.screen, MeantScreen))
        moves = app.screen.query_one("#meant-moves", OptionList)
        moves.highlighted = 0  # een open vraag
        await pilot.press("enter")
        await _until(pilot, lambda: "jij bedoelde: een open vraag" in _own_words(report))
        assert app.screen is report
        assert "Zo lazen we het: een reflectie:" in _own_words(report)  # the reading stays, the correction beside it
        store = Store(private_dirs)
        try:
            assert store.move_corrections(1) == {"rik/c_first": "open_question"}
        finally:
            store.close()
        assert report.query_one("#report-md").source == before  # the scores as they were
        assert report.conv.engine.scores() == scores
        assert "| Open vragen onder je vragen | 100% (1/1) |" in report.query_one("#report-md-after").source
        assert str(report.query_one("#own-0", Static).render()).startswith("1. Rik kijkt naar de grond.")
