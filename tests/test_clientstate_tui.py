"""A client who reacts, in the app: say it yourself first, the binnenkant after the response, the debrief."""

from pathlib import Path

from textual.widgets import Input, OptionList, Static

from guide.base import settings
from guide.run.engine import Engine
from guide.tui.app import GuideApp
from guide.tui.report import ReportScreen
from tests.test_app import start, stored, transcript_text

RIK = Path(__file__).parent / "fixtures" / "tui-state"


def make_app(data, lang="nl", binnenkant=None):
    return GuideApp(lang=lang, flow_dirs=[RIK], data_dir=str(data), blink=False, binnenkant=binnenkant)


async def _say(pilot, words: str) -> None:
    await pilot.press(*words)
    await pilot.press("enter")
    await pilot.pause()


async def test_say_first_shows_a_text_box_then_the_options_and_back_returns_to_it(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, "rik")
        await pilot.press("enter")  # Rik's line
        await pilot.pause()
        say = screen.query_one("#say", Input)
        options = screen.query_one("#choice", OptionList)
        assert say.display and not options.display  # the own words come first
        assert say.placeholder == "Wat zou jij zeggen?"
        assert "Vertel maar, ik luister." not in transcript_text(screen)
        await _say(pilot, "Goeiedag Rik")
        # on disk before it is shown as accepted
        session, _notes, changes = stored(private_dirs)
        assert session.state["said"] == {"rik/c_first": "Goeiedag Rik"}
        assert changes[-1][1] == "say"
        assert options.display and not say.display and options.option_count == 3
        assert "Jij zei eerst" in transcript_text(screen) and "Goeiedag Rik" in transcript_text(screen)
        # back: from the options to the own words, typed as they were
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert say.display and say.value == "Goeiedag Rik"
        assert stored(private_dirs)[0].state["said"] == {}
        await pilot.press("ctrl+s")  # the app's save key accepts too
        await pilot.pause()
        assert options.display
        await pilot.press("enter")  # the first option as written (BINDKRACHT_SEED=0): listen
        await pilot.pause()
        assert stored(private_dirs)[0].state["state"] == {"trust": 2, "openness": 2}


async def test_binnenkant_after_holds_the_thought_until_the_next_response(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.binnenkant == "after"  # the default
        screen = await start(app, pilot, "rik")
        assert "Ik kom voor de huur." in transcript_text(screen)
        assert "Zeg niet te veel." not in transcript_text(screen)
        await pilot.press("enter")  # continue past the line: not yet a response
        await pilot.pause()
        assert "Zeg niet te veel." not in transcript_text(screen)
        await _say(pilot, "Dag")
        assert "Zeg niet te veel." not in transcript_text(screen)  # own words are not the response yet
        await pilot.press("enter")  # the choice: now the thought appears, labelled as then
        await pilot.pause()
        text = transcript_text(screen)
        assert "Wat Rik dacht bij de zin waarop je net antwoordde" in text and "Zeg niet te veel." in text
        assert text.index("Zeg niet te veel.") > text.index("Vertel maar, ik luister.")
        # the next line's thought waits again; after a resume the order is the same
        assert "Misschien kan het hier toch." not in text
        await screen.render_all()
        assert transcript_text(screen).count("Zeg niet te veel.") == 1
        assert "Misschien kan het hier toch." not in transcript_text(screen)


async def test_binnenkant_before_shows_the_thought_with_the_line(private_dirs):
    assert settings.save({"binnenkant": "before"})
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.binnenkant == "before"
        screen = await start(app, pilot, "rik")
        text = transcript_text(screen)
        assert "Zeg niet te veel." in text and "Wat Rik dacht bij de zin waarop je net antwoordde" not in text


async def test_the_projector_setting_wins_over_the_saved_one(private_dirs):
    assert settings.save({"binnenkant": "before"})
    app = make_app(private_dirs, binnenkant="after")  # what `bindkracht serve` passes
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, "rik")
        assert "Zeg niet te veel." not in transcript_text(screen)


async def test_the_palette_switches_the_binnenkant_and_saves_it(private_dirs):
    app = make_app(private_dirs, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, "rik")
        titles = [c.title for c in app.get_system_commands(screen)]
        assert "Inner side: after your response" in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Inner side")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert app.binnenkant == "before"
        assert settings.load()["binnenkant"] == "before"
        assert "Don't say too much." in transcript_text(screen)  # redrawn at once


async def test_an_early_end_debrief_explains_itself_and_charts_the_state(private_dirs):
    app = make_app(private_dirs, lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, "rik")
        await pilot.press("enter")
        await pilot.pause()
        await _say(pilot, "Hello")
        await pilot.press("down", "enter")  # papers: trust 1 -> 0, Rik leaves
        await pilot.pause()
        assert screen.engine.ended_early
        assert "Rik stands up and leaves." in transcript_text(screen)
        for number in ("0", "1", "2", "3"):  # no numbers of the client's state during play
            assert f"Trust: {number}" not in transcript_text(screen)
        await pilot.press("enter")  # the debrief
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        early = str(app.screen.query_one("#early", Static).render())
        assert "ended early" in early and "show papers" in early
        chart = str(app.screen.query_one("#state-chart", Static).render())
        assert "Trust     ▃1 ▁0  (0–3)" in chart and "Openness" in chart  # a bar and a value per moment
        md = app.screen.query_one("#report-md").source
        words = "\n".join(str(w.render()) for w in app.screen.query("#own-words Static"))
        assert "Said it yourself first" in words and "Hello" in words
        assert "ended early" not in md  # shown once, above the charts


def test_resume_keeps_state_and_own_words(private_dirs):
    from guide.flows import library
    from guide.storage.sessions import Conversation
    from guide.storage.store import Store

    lib = library.load(flow_dirs=[RIK], include_user=False)
    store = Store(private_dirs)
    try:
        conv, _ = Conversation.start(store, lib, "rik", "T", "rehearse", "nl")
        conv.submit()
        conv.say("Dag Rik")
        conv.submit("listen")
        conv.close()
        again = Conversation.resume(store, lib, conv.session.id)
        assert again.engine.state == {"trust": 2, "openness": 2}
        assert again.engine.said == {"rik/c_first": "Dag Rik"}
        assert (
            again.engine.timeline()
            == Engine.from_state(lib.flows, store.get(conv.session.id).state).timeline()
        )
        again.close()
    finally:
        store.close()



def test_an_answer_meant_for_the_words_box_never_picks_an_option(private_dirs):
    """After the own words the options are a new question: a bounce carrying the box's position is dropped."""
    import pytest

    from guide.flows import library
    from guide.storage.sessions import Conversation, StaleAnswer
    from guide.storage.store import Store

    lib = library.load(flow_dirs=[RIK], include_user=False)
    store = Store(private_dirs)
    try:
        conv, _ = Conversation.start(store, lib, "rik", "T", "rehearse", "nl")
        conv.submit()
        box = conv.position()
        conv.say("Dag", box)
        assert conv.position() != box
        with pytest.raises(StaleAnswer):
            conv.submit("listen", box)
        assert "rik/c_first" not in conv.engine.answers
        conv.submit("listen", conv.position())
        assert conv.engine.answers["rik/c_first"] == "listen"
        conv.close()
    finally:
        store.close()
