"""Training codes, the trainer's group view (screen and files) and who is offered the sheets."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from textual.widgets import Button, Digits, Input, OptionList

from guide.classroom import group
from guide.flows import library
from guide.run.engine import AnswerError
from guide.storage.sessions import Conversation
from guide.storage.store import Store
from guide.tui.app import GuideApp
from guide.tui.modals import LabelScreen
from guide.tui.presenter import GroupPickScreen, PresenterScreen
from tests.conftest import ROOT, app_ready
from tests.groups import GROUP, OTHER, TRAINING, seed
from tests.tour import screen_text


def _cli(*args, stdin="", data=None):
    env = dict(os.environ)
    if data is not None:
        env["BINDKRACHT_DATA_DIR"] = str(data)
    return subprocess.run([sys.executable, "-m", "guide", "--flows", str(GROUP), *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def _lib():
    return library.load(flow_dirs=[GROUP], include_user=False)


# -- the training code -----------------------------------------------------------------

def test_a_training_code_is_stored_matched_whatever_its_case_and_goes_with_its_session(tmp_path):
    lib = _lib()
    store = Store(tmp_path / "data")
    try:
        conv, _ = Conversation.start(store, lib, "group-demo", "T-1", "rehearse", "nl",
                                     " BK-gent-2026-12-02 ")
        conv.close()
        solo, _ = Conversation.start(store, lib, "group-demo", "T-2", "rehearse", "nl")
        solo.close()
        assert store.get(conv.session.id).training == "BK-gent-2026-12-02"
        assert store.get(solo.session.id).training == ""
        assert [s.id for s in store.list(training="bk-GENT-2026-12-02")] == [conv.session.id]
        assert store.trainings()[0][:2] == ("BK-gent-2026-12-02", 1)
        store.delete([conv.session.id])
        assert store.trainings() == []
        assert store.conn.execute("SELECT COUNT(*) FROM trainings").fetchone()[0] == 0
    finally:
        store.close()


@pytest.mark.parametrize("code", ["BK gent", "x" * 41, "BK/gent", "85073003328"])
def test_a_training_code_that_is_not_a_plain_code_is_refused(tmp_path, code):
    store = Store(tmp_path / "data")
    try:
        with pytest.raises(AnswerError):
            Conversation.start(store, _lib(), "group-demo", "T-1", "rehearse", "nl", code)
        assert store.list() == []
    finally:
        store.close()


def test_play_with_a_training_code_and_sessions_list_and_show_name_it(tmp_path):
    data = tmp_path / "data"
    r = _cli("play", "group-demo", "--label", "K-1", "--training", "BK-gent-2026-12-02", "--lang", "en",
             stdin="\n\n1\n\n1\n", data=data)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Training: BK-gent-2026-12-02" in r.stdout
    listed = _cli("sessions", "list", "--lang", "en", data=data).stdout
    assert "TRAINING" in listed.splitlines()[0].split() and "BK-gent-2026-12-02" in listed
    shown = _cli("sessions", "show", "1", "--lang", "en", data=data).stdout
    assert "· Training: BK-gent-2026-12-02*" in shown  # the debrief names it in its who-and-when line
    bad = _cli("play", "group-demo", "--label", "K-2", "--training", "BK gent", "--lang", "en", data=data)
    assert bad.returncode == 2 and "at most 40 characters" in bad.stdout


# -- the counts -----------------------------------------------------------------------------

def test_the_group_view_counts_one_training_only_and_scores_per_krachtlijn(tmp_path):
    seed(tmp_path / "data")
    store = Store(tmp_path / "data")
    try:
        view = group.build(store, _lib(), TRAINING, "group-demo")
    finally:
        store.close()
    assert (view.sessions, view.finished) == (10, 9)
    first, second = view.moments
    assert [n for _o, n in first.counts] == [6, 3, 1]
    assert [n for _o, n in second.counts] == [4, 5] and second.answered == 9
    assert [(line.id, n) for line, n in first.before] == [("hello", 10)]
    scores = {s.tag: s for s in view.scores}
    # a hand-in's -300% counts as -100%: a percentage stays within bounds
    assert (scores["krachtlijn-3"].mean, scores["krachtlijn-3"].low, scores["krachtlijn-3"].high) == (
        11,
        -100,
        100,
    )
    assert scores["krachtlijn-7"].mean == 50 and scores["krachtlijn-6"].mean == -11
    assert not scores["krachtlijn-1"].tested and scores["krachtlijn-1"].mean is None


# -- the presenter view ----------------------------------------------------------------------

async def _open_presenter(app, pilot, code=TRAINING):
    await app_ready(pilot)
    await pilot.press("g")
    await pilot.pause()
    pick = app.screen
    assert isinstance(pick, GroupPickScreen)
    listing = pick.query_one("#pick-list", OptionList)
    rows = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
    assert sorted(rows) == sorted([f"{TRAINING} · 10 sessies",
                                   f"{OTHER} · 2 sessies"])  # the solo one is in none
    listing.highlighted = next(
        i for i in range(listing.option_count) if listing.get_option_at_index(i).id == code
    )
    await pilot.press("enter")  # one scenario in the training: straight to it
    await pilot.pause()
    assert isinstance(app.screen, PresenterScreen)
    return app.screen


def _digits(screen) -> list[str]:
    return [d.value for d in screen.query(Digits)]


async def test_presenter_view_of_ten_sessions_shows_their_counts_and_not_the_other_trainings(private_dirs):
    seed(private_dirs)
    app = GuideApp(lang="nl", flow_dirs=[GROUP], data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open_presenter(app, pilot)
        text = screen_text(app)
        assert "OVERZICHT" in text and "10 sessies · 9 afgerond" in text
        assert _digits(screen) == ["10"]
        assert "A 6  B 3  C 1" in text and "A 4  B 5" in text
        await pilot.press("right")
        text = screen_text(app)
        assert "MOMENT 1 VAN 2" in text and "10 van 10 kwamen hier" in text
        assert _digits(screen) == ["6", "3",
                                   "1"]  # A listen, B form, C advice: the other training's 2 not in C
        assert "Vertel maar, ik luister." in text and "dacht: Weer papier." in text
        assert "Ria zei (10×)" in text and "Ik schaam me." in text
        await pilot.press("right")
        assert _digits(screen) == ["4", "5"] and "9 van 10 kwamen hier" in screen_text(app)
        await pilot.press("right")
        text = screen_text(app)
        assert "SCORES PER KRACHTLIJN (GEMIDDELDE VAN 9 AFGERONDE SESSIES)" in text
        assert " 11%" in text and "-11%" in text and "50%" in text and "n.v.t." in text
        assert "-300%" not in text and "-56%" not in text  # within -100..100
        # whole names at 120 columns, 1 to 10 in order
        assert " 3 Relationele gelijkwaardigheid " in text and "Empowerm…" not in text
        names = (" 1 Empowerment centraal", " 2 Empowerment als", "10 Overleg")
        assert [text.index(n) for n in names] == sorted(text.index(n) for n in names)
        assert "▒" in text  # a negative mean shows left of the axis
        for label in ("G-0", "L-0", "SOLO"):  # it names no one
            assert label not in text
        await pilot.press("left")
        assert _digits(screen) == ["4", "5"]
        await pilot.press("o")
        assert _digits(screen) == ["10"]
        await pilot.press("k")
        assert "-11%" in screen_text(app)
        await app.switch_lang("en")
        await pilot.pause()
        assert "SCORES PER LINE OF STRENGTH (MEAN OF 9 FINISHED SESSIONS)" in screen_text(app)
        await pilot.press("o", "enter")  # the overview's first line opens moment 1
        await pilot.pause()
        assert "MOMENT 1 OF 2" in screen_text(app) and _digits(screen) == ["6", "3", "1"]


async def test_presenter_view_of_a_training_of_two_says_it_is_too_small_and_counts_nothing(private_dirs):
    seed(private_dirs)
    app = GuideApp(lang="en", flow_dirs=[GROUP], data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        app.lang = "nl"  # the picker's rows are checked in Dutch
        screen = await _open_presenter(app, pilot, OTHER)
        text = screen_text(app)
        assert "Te kleine groep om anoniem te blijven: 2 sessies" in text and "minstens 5" in text
        assert _digits(screen) == ["2"]  # how many sessions, nothing per option
        assert "C 2" not in text and "A 0" not in text
        await pilot.press("right")
        text = screen_text(app)
        assert _digits(screen) == []  # no count per option
        assert "Vertel maar, ik luister." in text and "Te kleine groep" in text  # the options, to talk about
        assert "kwamen hier" not in text and "Ria zei" not in text
        await pilot.press("k")
        text = screen_text(app)
        assert "Te kleine groep" in text and "%" not in text  # no scores either


def test_a_group_below_five_sessions_writes_no_counts_and_no_scores(tmp_path):
    seed(tmp_path / "data")
    store = Store(tmp_path / "data")
    try:
        small = group.build(store, _lib(), OTHER, "group-demo")
    finally:
        store.close()
    assert small.sessions == 2 and small.too_small
    assert all(n == 0 for m in small.moments for _o, n in m.counts) and not any(
        m.before for m in small.moments
    )
    assert all(s.mean is None for s in small.scores)  # nothing countable left the build
    from guide.classroom import group_page
    for lang, warning in (("nl", "Te kleine groep om anoniem te blijven"),
                          ("en", "Too small a group to stay anonymous")):
        page = group_page.page(small, _lib(), lang)
        assert warning in page and 'class="too-small"' in page
        assert 'class="count"' not in page and "<svg" not in page and "%" not in page.split("<main>")[1]
        md = group_page.markdown(small, _lib(), lang)
        assert f"**{warning}" in md and "| A | " in md
        assert "| 2 |" not in md and "%" not in md
    # five sessions are enough
    assert group.MIN_GROUP == 5


async def test_the_presenter_view_exports_its_page(private_dirs):
    seed(private_dirs)
    app = GuideApp(lang="nl", flow_dirs=[GROUP], data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await _open_presenter(app, pilot)
        await pilot.press("ctrl+r")
        await pilot.pause()
    pages = sorted((private_dirs / "exports").glob("groep-*"))
    assert [p.name for p in pages] == ["groep-BK-gent-2026-12-02-group-demo-nl.html",
                                       "groep-BK-gent-2026-12-02-group-demo-nl.md"]
    assert '<td class="count">6</td>' in pages[0].read_text(encoding="utf-8")


# -- the file --------------------------------------------------------------------------------

def test_bindkracht_training_writes_the_group_view_as_html_and_markdown(tmp_path):
    data = tmp_path / "data"
    seed(data)
    listed = _cli("training", "--lang", "en", data=data)
    assert listed.returncode == 0 and f"{TRAINING}: group-demo (10)" in listed.stdout
    out = tmp_path / "group.html"
    r = _cli("training", TRAINING.lower(), "--flow", "group-demo", "--out", str(out), "--lang", "en",
             data=data)
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "<main>" in page and 'viewBox="0 0 ' in page
    assert "<title>Group view — Role-play — Ria at the desk</title>" in page
    assert "Counts per option: A 6, B 3, C 1" in page and '<td class="count">5</td>' in page
    assert "Couldn&#x27;t you have said so earlier?" in page  # escaped
    for label in ("G-0", "L-0", "SOLO"):
        assert label not in page
    md = tmp_path / "group.md"
    # one scenario
    assert _cli("training", TRAINING, "--out", str(md), "--lang", "nl", data=data).returncode == 0
    text = md.read_text(encoding="utf-8")
    assert "| A | Vertel maar, ik luister. | 6 | Ze kijkt me aan. |" in text
    assert "| Krachtlijn 3 · Relationele gelijkwaardigheid | 11% | van -100% tot 100% |" in text
    missing = _cli("training", "BK-nowhere", "--flow", "group-demo", "--out", str(md), data=data)
    assert missing.returncode == 1 and "BK-nowhere" in missing.stderr


# -- the sheets ----------------------------------------------------------------------------------

SHEETS = {"Coachblad (voor wie de cliënt speelt)", "Observatieblad", "Kaart: Coachblad — Ria",
          "Kaart: Observatieblad — Ria"}


async def _titles(private_dirs, training: str) -> set[str]:
    app = GuideApp(lang="nl", flow_dirs=[GROUP], data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app_ready(pilot)
        app.open_flow("group-demo", "rehearse", "T-1", training)
        await pilot.pause()
        return {c.title for c in app.get_system_commands(app.screen)}


async def test_a_learner_practising_alone_is_not_offered_the_sheets(private_dirs):
    titles = await _titles(private_dirs, "")
    assert "Personakaart" in titles and not titles & SHEETS


async def test_the_sheets_are_offered_in_a_training_and_when_the_trainer_allows_everyone(
    private_dirs, tmp_path
):
    assert SHEETS <= await _titles(private_dirs, TRAINING)
    config = tmp_path / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.toml").write_text('# my choice\nsheets = "everyone"\n', encoding="utf-8")
    assert SHEETS <= await _titles(private_dirs / "solo", "")


def test_bindkracht_sheets_and_play_keep_the_sheets_for_a_training(tmp_path):
    data = tmp_path / "data"
    out = tmp_path / "sheets.html"
    solo = _cli("sheets", "group-demo", "--out", str(out), "--lang", "en", data=data)
    assert solo.returncode == 0 and "Only the persona card" in solo.stderr
    page = out.read_text(encoding="utf-8")
    assert "Persona — Ria" in page and "Coach sheet" not in page and "Observation sheet" not in page
    trained = _cli("sheets", "group-demo", "--out", str(out), "--training", TRAINING, "--lang", "en",
                   data=data)
    assert trained.returncode == 0 and not trained.stderr
    assert "Coach sheet — Ria" in out.read_text(encoding="utf-8")
    assert _cli("sheets", "group-demo", "--training", "no way", "--lang", "en", data=data).returncode == 2


# -- starting a role-play in the app ---------------------------------------------------------------

async def test_starting_a_role_play_asks_for_an_optional_training_code(private_dirs):
    app = GuideApp(lang="nl", flow_dirs=[GROUP], data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app_ready(pilot)
        app.start_flow("group-demo", "rehearse")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, LabelScreen)
        code = dialog.query_one("#training", Input)
        code.value = "BK gent"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog and "letters, cijfers" in str(dialog.query_one("#label-error").render())
        code.value = TRAINING
        dialog.query_one("#label", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.conv.session.training == TRAINING
        app.go_home()
        await pilot.pause()
        app.start_flow("group-demo",
                       "rehearse")  # a second role-play the same day: the code is shown, as a value
        await pilot.pause()
        dialog = app.screen
        assert f"Training: {TRAINING}" in str(dialog.query_one("#training-current Static").render())
        assert not dialog.query_one("#training", Input).display  # not silently in the field
        # "wijzig": the field opens, to change or empty it
        dialog.query_one("#training-change", Button).press()
        await pilot.pause()
        code = dialog.query_one("#training", Input)
        assert code.display and code.has_focus and code.value == TRAINING
        code.value = ""
        dialog.query_one("#label", Input).value = "SOLO-1"
        dialog.query_one("#label", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.conv.session.training == ""  # a solo rehearsal: it counts in no group view
        app.go_home()
        await pilot.pause()
        app.start_flow("group-demo", "rehearse")
        await pilot.pause()
        await pilot.press("escape")
        app.start_flow("prepare-intake", "prepare")  # not a role-play: no training field
        await pilot.pause()
        assert not app.screen.query("#training")
    store = Store(private_dirs)
    try:
        assert sorted(s.training for s in store.list()) == ["", TRAINING]
        assert group.build(store, _lib(), TRAINING, "group-demo").sessions == 1
    finally:
        store.close()


async def test_a_code_given_to_serve_or_the_app_is_offered_when_a_role_play_starts(private_dirs, monkeypatch):
    from guide.classroom.training import ENV

    monkeypatch.setenv(ENV, TRAINING)  # what `bindkracht serve --training CODE` hands every tab
    app = GuideApp(lang="nl", flow_dirs=[GROUP], data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app_ready(pilot)
        app.start_flow("group-demo", "rehearse")
        await pilot.pause()
        assert f"Training: {TRAINING}" in str(app.screen.query_one("#training-current Static").render())
        assert app.screen.query_one("#training", Input).value == TRAINING
    bad = _cli("serve", "--training", "no way", "--lang", "en", data=private_dirs)
    assert bad.returncode == 2 and "at most 40 characters" in bad.stderr
