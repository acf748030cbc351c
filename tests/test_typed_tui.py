"""Typed play in the app ("In je eigen woorden"): at each choice the learner types the turn and sees
no options; a line says how it was understood (Enter accepts, o picks the option meant); the client
answers on that path. Played by keys through Textual's Pilot."""

from pathlib import Path

from textual.widgets import Input, OptionList, RadioButton

from guide.base import settings
from guide.flows.fairness import points
from guide.flows.model import text_in
from guide.tui import typedplay
from guide.tui.app import GuideApp
from guide.tui.conversation import ConversationScreen
from guide.tui.modals import LabelScreen
from guide.tui.report import ReportScreen
from guide.tui.typedplay import TypedConfirm
from tests.conftest import app_ready, until
from tests.test_app import stored, transcript_text

RIK = Path(__file__).parent / "fixtures" / "tui-state"
NONSENSE = ["asdf qwer", "blablabla bla", "zzz 123", "xkcd lorem ipsum"]


def make_app(data, lang="nl", flows=None):
    return GuideApp(lang=lang, flow_dirs=flows or [], data_dir=str(data), blink=False)


async def start_typed(app, pilot, flow_id="rp-energie") -> ConversationScreen:
    await app_ready(pilot)
    app.open_flow(flow_id, "rehearse", "T-1", "", True)
    await until(pilot, lambda: isinstance(app.screen, ConversationScreen) and app.screen.focused is not None,
                "the typed play opened")
    return app.screen


async def to_first_choice(pilot, eng) -> None:
    """Past rp-energie's card and Jolien's first line, to the first choice."""
    await pilot.press("enter", "enter")
    await until(pilot, lambda: eng.current.kind == "choice", "the first choice")


async def say(pilot, screen, turn: str, keys: bool = False) -> None:
    """Type the turn (key by key, or put in the box at once for a long one), then Enter."""
    box = screen.query_one("#say", Input)
    assert box.display and box.has_focus
    if keys:
        await pilot.press(*turn)
    else:
        box.value = turn
    await pilot.press("enter")
    await pilot.pause()


def label(step, value, lang="nl") -> str:
    return next(o.label.get(lang) for o in step.options if o.value == value)


async def play(pilot, screen, turn_for, most: int = 40) -> list[str]:
    """Play to the end (or `most` moments): at a choice type turn_for(step) and accept how it was
    understood; past other steps with Enter, an optional text is skipped. Returns the turns typed."""
    eng = screen.engine
    confirm = screen.query_one(TypedConfirm)
    typed = []
    for _ in range(most):
        step = eng.current
        if step is None:
            break
        if step.kind == "choice":
            assert not screen.query_one("#choice", OptionList).display  # no options shown
            turn = turn_for(step)
            typed.append(turn)
            before = len(eng.history)
            await say(pilot, screen, turn)
            if screen.app.typed_confirm:
                await until(pilot, lambda: confirm.open, "the confirmation line")
                await pilot.press("enter")
            await until(pilot, lambda n=before: len(eng.history) > n, "the client answered")
        elif step.needs_input:
            await pilot.press("ctrl+o")
        else:
            await pilot.press("enter")
        await pilot.pause()
    return typed


async def test_the_new_session_dialog_of_a_role_play_offers_own_words_by_keys(private_dirs):
    app = make_app(private_dirs, flows=[RIK])
    async with app.run_test(size=(80, 24)) as pilot:
        await app_ready(pilot)
        app.start_flow("rik", "rehearse")
        await until(pilot, lambda: isinstance(app.screen, LabelScreen)
                    and bool(app.screen.query("#mode-typed")),
                    "the new-session dialog")
        dialog = app.screen
        assert dialog.query_one("#mode-options", RadioButton).value  # today's mode stays the default
        assert "In je eigen woorden" in str(dialog.query_one("#mode-typed", RadioButton).label)
        await pilot.press("tab", "tab", "down", "enter")  # label, training code, the mode: own words
        await pilot.press("tab", "enter")  # Start
        await until(pilot, lambda: isinstance(app.screen, ConversationScreen), "the play opened")
        screen = app.screen
        assert screen.engine.typed and stored(private_dirs)[0].state["typed"] is True
        assert "in je eigen woorden" in str(screen.query_one("#topbar").render())


async def test_a_typed_play_of_rp_energie_reaches_its_best_end(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await start_typed(app, pilot)
        eng = screen.engine
        best = {}

        def best_turn(step):  # the best option's own words: the app must understand them as it
            best[step.id] = max(step.options, key=points).value
            return label(step, best[step.id])

        await play(pilot, screen, best_turn)
        assert eng.finished and not eng.ended_early
        turns = eng.typed_turns()
        assert [turn["option"] for turn in turns] == list(best.values())
        # the transcript drawn again (a resume, a language switch) shows the same typed turns
        text = transcript_text(screen)
        await screen.render_all()
        assert transcript_text(screen) == text and all(turn["text"] in text for turn in turns)
        # the debrief: per moment the turn, its reading, the option it became, the best one and the
        # binnenkant; the mirror of the turns after it
        screen.action_report()
        await until(pilot, lambda: isinstance(app.screen, ReportScreen) and app.screen.query(".own-moment"),
                    "the debrief")
        report = app.screen
        shown = [str(w.render()) for w in report.query(".own-moment")]
        assert len(shown) == len(turns)
        step = eng.step_for(turns[0]["key"])
        first = shown[0]
        assert f"Jouw beurt: “{turns[0]['text']}”" in first and "Zo lazen we het:" in first
        assert f"Begrepen als: {label(step, best[step.id])}" in first
        assert "Beste optie: dezelfde (je koos de beste)" in first  # not the same label twice
        thought = next(o for o in step.options if o.value == best[step.id]).think
        assert f"Binnenkant: {thought.get('nl')}" in first
        assert "In je eigen woorden" in str(report.query_one(".own-title").render())
        assert "Spiegel van je eigen woorden" in report.query_one("#report-md-after").source


async def test_a_typed_play_of_rp_energie_to_a_walk_out(private_dirs):
    app = make_app(private_dirs, lang="en")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await start_typed(app, pilot)

        def worst_turn(step):
            return label(step, min(step.options, key=points).value, "en")

        await play(pilot, screen, worst_turn)
        eng = screen.engine
        assert eng.finished and eng.ended_early  # Jolien walked out
        first = eng.typed_turns()[0]
        assert first["option"] == min(eng.step_for(first["key"]).options, key=points).value
        assert stored(private_dirs)[0].status == "finished"


async def test_nonsense_turns_take_the_something_else_path_and_never_the_best_option(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await start_typed(app, pilot)
        eng = screen.engine
        n = iter(range(1000))
        await play(pilot, screen, lambda step: NONSENSE[next(n) % len(NONSENSE)], most=8)
        turns = eng.typed_turns()
        assert len(turns) >= 3 and all(turn["option"] is None for turn in turns)
        for key, value in eng.answers.items():
            step = eng.step_for(key)
            if step is not None and step.kind == "choice":
                assert value != max(step.options, key=points).value, key
        text = transcript_text(screen)
        assert all(turn["text"] in text for turn in turns[-3:])
        # resumed later: still typed, the turns in the transcript, one box for the open choice
        at = eng.current.id
        await pilot.press("ctrl+g")  # home
        await until(pilot, lambda: len(app.screen_stack) == 1 and not screen.is_attached, "home")
        app.resume_session(1)
        await until(pilot, lambda: isinstance(app.screen, ConversationScreen)
                    and app.screen.focused is not None, "the play resumed")
        again = app.screen
        assert again.engine.typed and again.engine.current.id == at
        box = again.query_one("#say", Input)
        assert box.display and box.placeholder == "Wat zeg je tegen Jolien?"
        assert not again.query_one("#choice", OptionList).display
        assert all(turn["text"] in transcript_text(again) for turn in turns[-3:])
        otherwise = eng.step_for(turns[0]["key"]).otherwise
        if otherwise is not None:  # Jolien's own reaction, else the neutral one; again after the resume
            assert otherwise.say.get("nl") in text and otherwise.say.get("nl") in transcript_text(again)
            last = eng.history[-1]
            if last.get("otherwise"):  # the next turn is read after her reaction
                said = eng.step_for(last["key"]).otherwise.say
                assert typedplay.last_client_line(eng, "nl") == text_in(said, "nl")
        else:
            assert "Hoe bedoel je?" in text


async def test_the_confirmation_line_accepts_with_enter_or_picks_another_option(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_typed(app, pilot)
        eng = screen.engine
        confirm = screen.query_one(TypedConfirm)
        await to_first_choice(pilot, eng)
        step = eng.current
        await say(pilot, screen, "Wat is er met de meter?", keys=True)
        await until(pilot, lambda: confirm.open, "the confirmation line")
        shown = str(confirm.query_one("#typed-understood").render())
        assert shown.startswith("Jij: “Wat is er met de meter?”\n")
        assert shown.split("\n")[1] == typedplay.understand(eng, "Wat is er met de meter?", "nl").understood
        assert not screen.query_one("#answer").display  # the box gives way to the line
        # Ctrl+B: back to the words, to say it differently
        await pilot.press("ctrl+b")
        await until(pilot, lambda: not confirm.open, "back to the words")
        assert screen.query_one("#say", Input).value == "Wat is er met de meter?"
        assert not eng.typed_turns()
        await pilot.press("enter")
        await until(pilot, lambda: confirm.open, "the confirmation line again")
        # o: the options and "iets anders"; pick the papers, which the turn did not mean
        await pilot.press("o")
        listing = confirm.query_one("#typed-pick", OptionList)
        await until(pilot, lambda: listing.display and listing.has_focus, "the list of options")
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert prompts[-1] == "Iets anders" and len(prompts) == len(step.options) + 1
        wanted = [o.value for o in eng.options(step)].index("papers")
        listing.highlighted = 0
        for _ in range(wanted):
            await pilot.press("down")
        await pilot.press("enter")
        await until(pilot, lambda: eng.typed_turns(), "the turn was taken")
        assert eng.typed_turns()[0] == {"key": "rp-energie/c_first", "text": "Wat is er met de meter?",
                                        "option": "papers"}
        assert eng.answers["rp-energie/c_first"] == "papers"
        assert "Wat is er met de meter?" in transcript_text(screen)
        assert not confirm.open and screen.query_one("#answer").display
        # the turn is on disk with the option it led to
        assert stored(private_dirs)[0].state["history"][-1]["typed"] == "Wat is er met de meter?"
        # Back from Jolien's answer: the choice again, with the words as typed, ready to change
        await pilot.press("ctrl+b")
        await until(pilot, lambda: eng.current.id == "c_first", "back at the choice")
        assert screen.query_one("#say", Input).value == "Wat is er met de meter?" and not eng.typed_turns()


async def test_iets_anders_from_the_list_and_a_second_enter_accepts(private_dirs):
    app = make_app(private_dirs, flows=[RIK])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_typed(app, pilot, "rik")
        eng = screen.engine
        confirm = screen.query_one(TypedConfirm)
        await pilot.press("enter")  # Rik's line
        await say(pilot, screen, "Vertel maar, ik luister.")
        await until(pilot, lambda: confirm.open, "the confirmation line")
        await pilot.press("o", "up")  # "Iets anders" is the last one
        await until(pilot, lambda: confirm.picking, "the list")
        listing = confirm.query_one("#typed-pick", OptionList)
        listing.highlighted = listing.option_count - 1
        await pilot.press("enter")
        await until(pilot, lambda: eng.typed_turns(), "the turn was taken")
        assert eng.typed_turns()[0]["option"] is None and eng.current.id == "c_first"  # asked again
        assert "Rik kijkt je even aan" in transcript_text(screen)  # the neutral reaction
        assert screen.query_one("#say", Input).value == ""
        # words and Enter, Enter at once: the second Enter accepts
        screen.query_one("#say", Input).value = "Vertel maar, ik luister."
        await pilot.press("enter", "enter")
        await until(pilot, lambda: len(eng.typed_turns()) == 2, "the second turn was taken")
        assert eng.typed_turns()[1]["option"] == "listen"


async def test_with_typed_confirm_off_the_client_answers_at_once(private_dirs):
    assert settings.save({"typed_confirm": "false"})
    app = make_app(private_dirs, lang="en", flows=[RIK])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_typed(app, pilot, "rik")
        eng = screen.engine
        assert not app.typed_confirm
        await pilot.press("enter")
        assert "answers at once" in str(screen.query_one("#hint").render())
        await say(pilot, screen, "Go on, I'm listening.")
        await until(pilot, lambda: eng.typed_turns(), "the client answered")
        assert not screen.query_one(TypedConfirm).open
        assert eng.typed_turns()[0]["option"] == "listen" and eng.current.id != "c_first"
        assert "It's the third month already." in transcript_text(screen)


async def test_f1_and_the_footer_know_the_keys_of_the_confirmation_line(private_dirs):
    from guide.tui.modals import HelpScreen

    app = make_app(private_dirs, lang="en", flows=[RIK])
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await start_typed(app, pilot, "rik")
        await pilot.press("enter")
        await say(pilot, screen, "Go on, I'm listening.")
        await until(pilot, lambda: screen.query_one(TypedConfirm).open, "the confirmation line")
        footer = " ".join(b.binding.description for b in screen.active_bindings.values() if b.binding.show)
        assert "That's it" in footer and "Pick" in footer
        assert ("O", "Pick") in app.keys_here(screen)
        await pilot.press("f1")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")


async def test_a_turn_too_long_to_keep_is_refused_before_it_is_read(private_dirs):
    """A pasted text over the limit of one turn never reaches the line that says how it was
    understood (Enter there could only fail): the warning names the limit, the words stay."""
    app = make_app(private_dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_typed(app, pilot)
        eng = screen.engine
        confirm = screen.query_one(TypedConfirm)
        await to_first_choice(pilot, eng)
        long_turn = ("Ik hoor dat het zwaar is en dat je veel draagt. " * 30)[:1199]
        await say(pilot, screen, long_turn)
        await until(pilot, lambda: any("1000" in str(n.message) for n in app._notifications),
                    "the warning with the limit")
        assert not confirm.open and screen.query_one("#say", Input).display
        assert screen.query_one("#say", Input).value == long_turn  # to shorten, not to type again
        assert not eng.typed_turns() and eng.current.kind == "choice"
        await say(pilot, screen, "Wat is er met de meter?")
        await until(pilot, lambda: confirm.open, "a shorter turn is read")


async def test_the_button_under_the_box_says_what_enter_does_in_typed_play(private_dirs):
    """Nothing is saved when the learner sends a typed turn: the button says "Zeg het (Enter)",
    and pressing it reads the turn as Enter does."""
    app = make_app(private_dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_typed(app, pilot)
        eng = screen.engine
        await to_first_choice(pilot, eng)
        button = screen.query_one("#save")
        assert button.display and str(button.label) == "Zeg het (Enter)"
        screen.query_one("#say", Input).value = "Wat is er met de meter?"
        await pilot.click("#save")
        confirm = screen.query_one(TypedConfirm)
        await until(pilot, lambda: confirm.open, "the turn was read")
        assert confirm.turn == "Wat is er met de meter?"


async def test_the_send_button_in_english(private_dirs):
    app = make_app(private_dirs, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_typed(app, pilot)
        eng = screen.engine
        await pilot.press("enter", "enter")
        await until(pilot, lambda: eng.current.kind == "choice", "the first choice")
        assert str(screen.query_one("#save").label) == "Say it (Enter)"


async def test_in_the_list_of_options_the_footer_says_what_enter_takes(private_dirs):
    """At the line Enter accepts how the turn was understood ("Klopt"); in the list it takes the
    highlighted option: the footer says "Dit bedoelde ik", as the hint under the list does."""
    app = make_app(private_dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_typed(app, pilot)
        eng = screen.engine
        confirm = screen.query_one(TypedConfirm)
        await to_first_choice(pilot, eng)
        await say(pilot, screen, "Wat is er met de meter?")
        await until(pilot, lambda: confirm.open, "the confirmation line")

        def footer() -> list[str]:
            return [b.binding.description for b in screen.active_bindings.values() if b.binding.show]

        assert "Klopt" in footer() and "Dit bedoelde ik" not in footer()
        await pilot.press("o")
        await until(pilot, lambda: confirm.picking and "Dit bedoelde ik" in footer(), "the list's footer")
        assert "Klopt" not in footer() and "Kies zelf" not in footer()
        assert "Enter: dit bedoelde ik" in str(confirm.query_one("#typed-keys").render())
        await pilot.press("ctrl+b")
        await until(pilot, lambda: not confirm.picking and "Klopt" in footer(), "back at the line")


async def test_enter_on_the_empty_box_warns_once_however_often_it_is_pressed(private_dirs):
    """A double or triple Enter on the empty box: one "Typ eerst wat je zegt." on screen, not a stack
    of the same toast over the conversation."""
    app = make_app(private_dirs)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_typed(app, pilot)
        eng = screen.engine
        await to_first_choice(pilot, eng)

        def warnings() -> int:
            return sum(str(n.message) == "Typ eerst wat je zegt." for n in app._notifications)

        await pilot.press("enter")
        await until(pilot, lambda: warnings() == 1, "the warning")
        for _ in range(2):  # each Enter handled before the next, as the box reads them one by one
            await pilot.press("enter")
            await pilot.pause()
        assert warnings() == 1 and eng.current.kind == "choice" and not eng.typed_turns()
        await say(pilot, screen, "Wat is er met de meter?")
        await until(pilot, lambda: screen.query_one(TypedConfirm).open, "a turn is still read")
