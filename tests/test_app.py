"""The terminal app, driven by keys through Textual's Pilot."""

from pathlib import Path

import pytest

from guide.base import i18n
from guide.storage.store import Store
from guide.tui.app import GuideApp
from guide.tui.conversation import ConversationScreen
from guide.tui.home import HomeScreen
from guide.tui.modals import QuitScreen

SHOWCASE = Path(__file__).parent / "fixtures" / "tui"


def make_app(data, lang="nl", flows=(SHOWCASE,)):
    return GuideApp(lang=lang, flow_dirs=list(flows), data_dir=str(data), blink=False)


async def start(app, pilot, flow_id, job="rehearse", label="T-1"):
    await pilot.pause()
    app.open_flow(flow_id, job, label)
    await pilot.pause()
    assert isinstance(app.screen, ConversationScreen)
    return app.screen


def stored(data, session_id=1):
    store = Store(data)
    try:
        return store.get(session_id), store.notes(session_id), store.changes(session_id)
    finally:
        store.close()


def transcript_text(screen) -> str:
    return "\n".join(str(m.render()) for m in screen.query(".msg"))


async def test_home_by_keys_then_walk_the_whole_intake(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("enter")  # job: prepare an intake
        flows = app.screen.query_one("#flows")
        ids = [flows.get_option_at_index(i).id for i in range(flows.option_count)]
        for _ in range(ids.index("intake")):
            await pilot.press("down")
        await pilot.press("enter")  # the warm intake
        await pilot.pause()
        await pilot.press(*"A.B.", "enter")  # label dialog, after the suggestion
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        assert screen.conv.session.label.endswith("A.B.")
        answers = {"acute": "down", "notes": None, "worries": "multi", "intake_done": "multi",
                   "welcome": "down", "acute_action": "text", "next_contact": "text"}
        guard = 0
        while screen.engine.current is not None and guard < 60:
            guard += 1
            step = screen.engine.current
            how = answers.get(step.id)
            if step.kind == "choice" or step.kind == "scale":
                if how == "down":
                    await pilot.press("down")
                await pilot.press("enter")
            elif step.kind in ("multi", "checklist"):
                await pilot.press("space", "down", "space", "enter")
            elif step.kind == "text":
                await pilot.press(*"Samen bellen", "ctrl+s")
            else:
                await pilot.press("enter")
            await pilot.pause()
        assert screen.engine.finished
    session, _, changes = stored(private_dirs)
    answers = session.state["answers"]
    assert session.status == "finished"
    assert answers["intake/acute"] == "food"
    assert answers["intake/acute_action"] == "Samen bellen"
    assert answers["intake/notes"] == "yes"
    assert answers["intake/worries"] == ["income", "housing"]
    assert answers["intake/welcome"] == 2
    assert len(changes) == guard


async def test_back_undo_and_the_store_follows(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, "showcase")
        for _ in range(4):  # card, ask, cue, line
            await pilot.press("enter")
            await pilot.pause()
        await pilot.press("enter")  # choice: listen
        await pilot.pause()
        assert screen.engine.current.id == "s_multi"
        assert "Hier mag ik even zijn." in transcript_text(screen)
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert screen.engine.current.id == "s_choice"
        assert "Hier mag ik even zijn." not in transcript_text(screen)
    session, _, changes = stored(private_dirs)
    assert "showcase/s_choice" not in session.state["answers"]
    assert [c[1] for c in changes][-2:] == ["answer", "back"]


async def test_note_is_saved_and_a_national_number_is_refused(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, "showcase")
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press(*"rr 85073003328", "ctrl+s")
        await pilot.pause()
        error = app.screen.query_one("#note-error").render()
        assert "rijksregisternummer" in str(error)
        await pilot.press(*["backspace"] * 14, *"ik was nerveus", "ctrl+s")
        await pilot.pause()
        assert app.screen is screen
    _, notes, _ = stored(private_dirs)
    assert [n[2] for n in notes] == ["ik was nerveus"]
    assert notes[0][0] == "showcase/s_card"


async def test_switching_language_redraws_everything(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, "showcase")
        await pilot.press("enter")
        await pilot.pause()
        assert "Wat brengt je hier?" in transcript_text(screen)
        await app.switch_lang("en")
        await pilot.pause()
        text = transcript_text(screen)
        assert "What brings you here?" in text and "Wat brengt je hier?" not in text
        assert any(ab.binding.description == "Back" for ab in app.active_bindings.values())
    session, _, _ = stored(private_dirs)
    assert session.lang == "en"


async def test_quit_asks_and_resume_returns_to_the_same_step(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        await start(app, pilot, "showcase")
        for _ in range(5):
            await pilot.press("enter")
            await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        await pilot.press("escape")  # stay
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
    assert app.return_code == 0

    again = make_app(private_dirs)
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        resume = again.screen.query_one("#resume")
        assert "T-1" in str(resume.get_option_at_index(0).prompt)
        resume.focus()
        await pilot.press("enter")
        await pilot.pause()
        screen = again.screen
        assert isinstance(screen, ConversationScreen)
        assert screen.engine.current.id == "s_multi"
        assert screen.engine.answers == {"showcase/s_choice": "listen"}


async def test_broken_flow_is_listed_with_its_problems(private_dirs, tmp_path):
    broken = tmp_path / "mine"
    broken.mkdir()
    (broken / "kapot.yaml").write_text("id: kapot\nversion: '1'\ntitle: {nl: Kapot, en: Broken}\n"
                                       "languages: [nl, en]\njobs: [prepare]\nphases:\n  - id: intake\n"
                                       "    steps:\n      - id: a\n        kind: ask\n")
    app = make_app(private_dirs, flows=(SHOWCASE, broken))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.pause()
        flows = app.screen.query_one("#flows")
        prompts = [str(flows.get_option_at_index(i).prompt) for i in range(flows.option_count)]
        assert any(p.startswith("⚠ Kapot") for p in prompts)
        flows.focus()
        flows.highlighted = next(i for i, p in enumerate(prompts) if p.startswith("⚠"))
        await pilot.press("enter")
        await pilot.pause()
        info = str(app.screen.query_one("#flow-info").render())
        assert "error[missing-key]" in info and "bindkracht check" in info
        assert isinstance(app.screen, HomeScreen)  # nothing crashed, nothing started


async def test_failed_save_is_shown_and_can_be_retried(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, "showcase")
        for key in ["enter"] * 5 + ["space", "enter"]:
            await pilot.press(key)
            await pilot.pause()
        await pilot.press("ctrl+o")  # skip the optional checklist
        await pilot.pause()
        await pilot.press("enter")  # scale
        await pilot.pause()
        assert screen.engine.current.id == "s_text"
        conn = app.store.conn
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        long_text = "lang verhaal " * 600
        screen.query_one("#text").text = long_text
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert screen.engine.current.id == "s_text"
        assert "Niet bewaard" in transcript_text(screen)
        assert screen.query_one("#text").text == long_text  # nothing typed is lost
        conn.execute("PRAGMA max_page_count = 1073741823")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert screen.engine.finished
    session, _, _ = stored(private_dirs)
    assert session.state["answers"]["showcase/s_text"] == long_text.strip()


def test_every_ui_string_has_both_languages():
    missing = [key for key, entry in i18n.all_keys().items()
               if set(entry) != set(i18n.LANGS) or not all(entry[lang].strip() for lang in i18n.LANGS)]
    assert missing == []


def test_the_string_index_names_each_key_s_one_area_and_a_command_reads_only_the_areas_it_needs():
    import subprocess
    import sys

    from guide.strings.__main__ import OUT, text

    assert OUT.read_text(encoding="utf-8") == text(), "run python -m guide.strings"
    # a fresh process that says one thing reads that area alone, and a key no index knows still shows
    probe = ("import sys; from guide.base.i18n import t; print(t('cli.sessions.empty', 'en')); "
             "print(sorted(m for m in sys.modules if m.startswith('guide.strings.')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    said, modules = done.stdout.splitlines()
    assert said == i18n.all_keys()["cli.sessions.empty"]["en"]
    area = text().split('"cli.sessions.empty": "')[1].split('"')[0]
    assert modules == str(sorted(["guide.strings.index", f"guide.strings.{area}"]))
    assert i18n.t("no.such.key", "nl") == "no.such.key"


def test_one_of_something_is_said_in_the_singular():
    assert i18n.t("group.sessions", "nl", n=1, done=0) == "1 sessie · 0 afgerond"
    assert i18n.t("group.sessions", "nl", n=2, done=0) == "2 sessies · 0 afgerond"
    assert i18n.t("group.flow-row", "en", title="Lotte", n=1) == "Lotte · 1 session"
    assert i18n.t("report.cost", "en", n=1) == "1 point below the best possible"
    keys = i18n.all_keys()
    assert all(key.removesuffix(".one") in keys for key in keys if key.endswith(".one"))  # a form of a key


def test_a_string_key_defined_in_two_areas_is_refused(monkeypatch):
    from guide import strings
    from guide.strings import cli, sessions

    monkeypatch.setitem(sessions.STRINGS, next(iter(cli.STRINGS)), {"nl": "x", "en": "x"})
    with pytest.raises(ValueError, match="defined in cli and in sessions"):
        strings.index()


def test_every_key_used_in_code_exists():
    import re

    known = i18n.all_keys()
    root = Path(__file__).resolve().parent.parent / "guide"
    used = set()
    for path in root.rglob("*.py"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z][\w.-]+)["']""", path.read_text()))
    assert sorted(k for k in used if k not in known and not k.endswith(".")) == []


async def test_keys_can_be_rebound_in_keys_toml(private_dirs, tmp_path, monkeypatch):
    config = tmp_path / "cfg"
    config.mkdir()
    (config / "keys.toml").write_text('note = "ctrl+j"\nback = "ctrl+u"\n')
    monkeypatch.setenv("BINDKRACHT_CONFIG_DIR", str(config))
    from guide.tui.modals import NoteScreen

    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        await start(app, pilot, "showcase")
        await pilot.press("ctrl+n")  # the old key does nothing now
        await pilot.pause()
        assert not isinstance(app.screen, NoteScreen)
        shown = {ab.binding.description: ab.binding.key for ab in app.active_bindings.values()}
        assert shown.get("Notitie") == "ctrl+j"  # the footer shows the user's key
        await pilot.press("ctrl+j")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)


async def test_command_palette_offers_cards_language_export_theme_and_sheets(private_dirs):
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, "showcase")
        commands = list(app.get_system_commands(screen))
        titles = [c.title for c in commands]
        for expected in ("Taal: English", "Thema wijzigen", "Rapport maken", "Hulp en toetsen",
                         "Kaart: Krachtlijn 3 — Relationele gelijkwaardigheid", "Kaart: De tweede klap"):
            assert expected in titles, expected
        said_twice = [c.title for c in commands if c.help == c.title]
        assert not said_twice, said_twice  # the palette line under a command says more than its name
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Taal")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert app.lang == "en"
        assert "What brings you here?" not in transcript_text(screen)  # only the card step is shown so far
        assert "Read the card first." in transcript_text(screen)


async def test_rehearsal_in_a_training_offers_the_coach_and_observer_sheets(private_dirs):
    app = GuideApp(lang="nl", data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.open_flow("rp-energie", "rehearse", "T-1", "BK-gent-2026-12-02")  # solo: see tests/test_group.py
        await pilot.pause()
        screen = app.screen
        titles = [c.title for c in app.get_system_commands(screen)]
        assert {"Personakaart", "Coachblad (voor wie de cliënt speelt)", "Observatieblad"} <= set(titles)


@pytest.fixture
def held_loading(monkeypatch):
    """The flows load only once the test sets the event it gets (120 s at most), and then always."""
    import threading

    from guide.flows import library

    release = threading.Event()
    real_load = library.load

    def slow_load(*args, **kwargs):
        assert release.wait(120), "the test never let loading finish"
        return real_load(*args, **kwargs)

    monkeypatch.setattr(library, "load", slow_load)
    yield release
    release.set()


async def test_keys_still_work_while_the_flows_load(private_dirs, held_loading):
    release = held_loading
    app = make_app(private_dirs)
    app.test_holds_loading = True
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.lib is None  # still loading
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert type(app.screen).__name__ == "QuitScreen"
        release.set()
        app.test_holds_loading = False
        await pilot.pause()
        assert app.lib is not None


async def test_keys_typed_while_the_flows_load_are_kept_for_the_first_screen_and_said(
        private_dirs, held_loading):
    from guide.base.i18n import t
    from guide.tui.modals import LabelScreen
    from tests.conftest import until

    release = held_loading
    app = make_app(private_dirs)
    app.test_holds_loading = True
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "enter")  # a job, then the first activity: before either is listed
        loading = str(app.screen.query_one("#home-loading").render())
        assert t("home.keys-held", "nl", n=2) in loading
        release.set()
        app.test_holds_loading = False
        await until(pilot, lambda: isinstance(app.screen, LabelScreen) and app.screen.query("#label"),
                    "the kept keys reach the lists")
        assert app.screen_stack[0].job == "prepare"


async def test_date_time_and_place_of_the_intake_plan_get_a_one_line_input(private_dirs):
    from textual.widgets import Input, TextArea

    from guide.tui.widgets import AnswerArea

    app = make_app(private_dirs, flows=())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, "prepare-intake", job="prepare")
        await pilot.press("enter")  # the phase card
        await pilot.pause()
        area = screen.query_one(AnswerArea)
        assert screen.engine.current.id == "meeting_date"
        assert area.query_one("#short", Input).display and not area.query_one("#text", TextArea).display
        await pilot.press(*"dinsdag 12 januari", "enter")  # Enter saves a one-line answer
        await pilot.pause()
        assert screen.engine.current.id == "meeting_time"
        assert area.query_one("#short", Input).value == ""  # a fresh line for the next question
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert screen.engine.current.id == "meeting_date"
        assert area.query_one("#short", Input).value == "dinsdag 12 januari"  # back shows what was typed
        for _ in range(3):
            await pilot.press("enter")
            await pilot.pause()
        assert screen.engine.current.id == "known"  # a longer answer gets the text area again
        assert area.query_one("#text", TextArea).display and not area.query_one("#short", Input).display
    session, _, _ = stored(private_dirs)
    assert session.state["answers"]["prepare-intake/meeting_date"] == "dinsdag 12 januari"
