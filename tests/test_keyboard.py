"""Dead ends for keyboard users: each test here failed before the fix it names."""

from pathlib import Path

from textual.widgets import OptionList, SelectionList, TextArea

from guide.tui.app import GuideApp
from guide.tui.conversation import ConversationScreen
from guide.tui.home import HomeScreen
from tests.conftest import app_ready

SHOWCASE = Path(__file__).parent / "fixtures" / "tui"
TO_MULTI = ["enter"] * 5          # card, ask, cue, line, choice -> the multi step
TO_CHECKLIST = TO_MULTI + ["space", "enter"]
TO_SCALE = TO_CHECKLIST + ["ctrl+o"]
TO_TEXT = TO_SCALE + ["down", "down", "enter"]


def make_app(data, lang="nl"):
    return GuideApp(lang=lang, flow_dirs=[SHOWCASE], data_dir=str(data), blink=False)


async def start(app, pilot, presses=()):
    await pilot.pause()
    app.open_flow("showcase", "rehearse", "T-1")
    await pilot.pause()
    for key in presses:
        await pilot.press(key)
        await pilot.pause()
    assert isinstance(app.screen, ConversationScreen)
    return app.screen


def focused_id(app):
    return app.focused.id if app.focused is not None else None


async def test_tab_and_shift_tab_move_between_the_home_lists(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        seen = [focused_id(app)]
        for _ in range(3):
            await pilot.press("tab")
            seen.append(focused_id(app))
        assert {"jobs", "flows"} <= set(seen), seen
        await pilot.press("shift+tab")
        assert focused_id(app) == seen[-2]


async def test_a_first_tab_goes_to_the_flows_while_there_are_no_sessions(private_dirs):
    """Empty session lists only say they are empty: Tab passes them over, until they hold a session."""
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        await app_ready(pilot)
        await pilot.pause()
        assert focused_id(app) == "jobs"
        await pilot.press("tab")
        assert focused_id(app) == "flows"
        await start(app, pilot)
        await pilot.press("ctrl+g")  # home, the session left unfinished
        await pilot.pause()
        seen = []
        for _ in range(3):
            await pilot.press("tab")
            seen.append(focused_id(app))
        assert "resume" in seen and "done" not in seen, seen


async def test_tab_reaches_every_button_on_the_end_screen(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        await start(app, pilot, TO_TEXT + [*"Rustig", "ctrl+s"])
        assert app.screen.engine.finished
        seen = set()
        for _ in range(8):
            await pilot.press("tab")
            seen.add(focused_id(app))
        assert {"report", "export", "home"} <= seen, seen


async def test_home_key_and_palette_command_lead_home(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        await start(app, pilot, ["enter"])
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        screen = await start(app, pilot)
        titles = {c.title: c for c in app.get_system_commands(screen)}
        assert "Naar start" in titles
        titles["Naar start"].callback()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "Naar start" not in {c.title for c in app.get_system_commands(app.screen)}


async def test_back_shows_the_earlier_answer_ready_to_edit(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, TO_MULTI + ["space", "down", "space", "enter"])
        await pilot.press("ctrl+b")
        await pilot.pause()
        multi = screen.query_one("#multi", SelectionList)
        assert screen.engine.current.id == "s_multi"
        assert len(multi.selected) == 2
        await pilot.press("enter")  # confirm again, then on to the text step
        for key in ["ctrl+o", "down", "down", "enter", *"Eerst luisteren"]:
            await pilot.press(key)
        await pilot.pause()
        text = screen.query_one("#text", TextArea)
        assert text.text == "Eerst luisteren"
        # the scale: back from the text step shows the scale with its answer highlighted
        await pilot.press("ctrl+b")
        await pilot.pause()
        choice = screen.query_one("#choice", OptionList)
        assert screen.engine.current.id == "s_scale"
        assert choice.get_option_at_index(choice.highlighted).id == str(screen.engine.current.min + 2)


async def test_back_brings_a_saved_text_back(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, TO_TEXT + [*"Rustig blijven", "ctrl+s"])
        assert screen.engine.finished
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert screen.query_one("#text", TextArea).text == "Rustig blijven"
        assert app.focused.id == "text"
        await pilot.press(*".", "ctrl+s")
        await pilot.pause()
        assert screen.engine.answers["showcase/s_text"] == "Rustig blijven."


async def test_drafts_survive_language_resize_and_theme(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, TO_TEXT + [*"Half getypt"])
        await app.switch_lang("en")
        await pilot.pause()
        assert screen.query_one("#text", TextArea).text == "Half getypt"
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        app.theme = "bindkracht-light"
        await pilot.pause()
        assert screen.query_one("#text", TextArea).text == "Half getypt"
        assert screen.query_one("#text", TextArea).display


async def test_ticks_survive_a_language_switch(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, TO_MULTI + ["space"])
        await app.switch_lang("en")
        await pilot.pause()
        assert len(screen.query_one("#multi", SelectionList).selected) == 1


async def test_ctrl_c_and_escape_say_how_to_quit_or_go_back(private_dirs):
    for lang, quit_word, back_word in (("nl", "Stoppen", "terug"), ("en", "quit", "back")):
        app = make_app(private_dirs, lang)
        async with app.run_test(size=(100, 30)) as pilot:
            await start(app, pilot, ["enter"])
            await pilot.press("ctrl+c")
            await pilot.pause()
            messages = [n.message for n in app._notifications]
            assert any("Ctrl+Q" in m and quit_word in m for m in messages), messages
            await pilot.press("escape")
            await pilot.pause()
            messages = [n.message for n in app._notifications]
            assert any("Ctrl+B" in m and back_word in m and "Ctrl+G" in m for m in messages), messages
            assert isinstance(app.screen, ConversationScreen)


async def test_ticked_and_unticked_items_look_different(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, TO_MULTI + ["space"])
        multi = screen.query_one("#multi", SelectionList)
        first, second = multi.render_line(0).text, multi.render_line(1).text
        assert "✓" in first and "✓" not in second
        assert "X" not in first[:4] and "X" not in second[:4]


async def test_label_that_looks_like_a_name_is_warned_about_then_allowed(private_dirs):
    from textual.widgets import Input, Static

    from guide.tui.modals import LabelScreen

    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.start_flow("showcase", "rehearse")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, LabelScreen)
        dialog.query_one(Input).value = "Marc Peeters"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        warning = str(dialog.query_one("#label-error", Static).render())
        assert "voor- en achternaam" in warning and dialog.suggestion in warning
        await pilot.press("enter")  # warned, not refused
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        assert app.screen.conv.session.label == "Marc Peeters"


async def test_finished_work_is_listed_on_home_and_opens_exports_and_prints(private_dirs):
    from guide.tui.finished import FinishedScreen
    from guide.tui.report import ReportScreen

    opened = []
    app = make_app(private_dirs)
    app.opener = lambda path: opened.append(path) or True
    async with app.run_test(size=(100, 30)) as pilot:
        await start(app, pilot, TO_TEXT + [*"Rustig", "ctrl+s"])
        await pilot.press("ctrl+g")
        await pilot.pause()
        done = app.screen.query_one("#done", OptionList)
        row = str(done.get_option_at_index(0).prompt)
        assert row.startswith("T-1 · Alle soorten stappen · 20"), row
        for _ in range(6):
            if focused_id(app) == "done":
                break
            await pilot.press("tab")
        assert focused_id(app) == "done"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FinishedScreen)
        await pilot.press("enter")  # show the debrief
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, FinishedScreen)
        await pilot.press("tab", "tab", "enter")  # open to print
        await pilot.pause()
        assert len(opened) == 1 and opened[0].suffix == ".html" and opened[0].exists()
        assert opened[0].name.startswith("sessie-1-showcase-")
        assert "Rustig" in opened[0].read_text()
        assert opened[0].with_suffix(".md").exists()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_theme_picker_offers_our_themes_and_the_terminals_own_by_name(private_dirs):
    from guide.tui.palette import THEMES

    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert set(THEMES) <= set(app.available_themes)


async def test_a_continue_pressed_without_a_key_this_area_saw_is_never_dropped_as_too_early(private_dirs):
    """Under load a button can be pressed by a key the answer area never saw; such a press used to be
    compared with the last key it did see (from the question before, or none: 0) and dropped as too early."""
    from textual.widgets import Button

    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot)
        first = screen.engine.current.id
        screen.query_one("#continue", Button).press()  # no key reached the area for this question
        await pilot.pause()
        second = screen.engine.current.id
        assert second != first
        await pilot.press("enter")  # a key the area sees, for the second question
        await pilot.pause()
        assert screen.engine.current.id != second
        screen.query_one("#continue", Button).press()  # the third question: the Enter before is old
        await pilot.pause()
        assert len(screen.engine.history) == 3
