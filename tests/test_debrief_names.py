"""Issue 29: a walk-out gets the full debrief; one name per krachtlijn; scores 1 to 10 with one
n.v.t. rule and percentages within bounds; pages that fit a phone; room to think."""

from pathlib import Path

import pytest
from textual.widgets import Button, Static

from guide.flows import krachtlijnen, library
from guide.tui.app import GuideApp
from guide.tui.report import ReportScreen
from tests.artefacts import report
from tests.test_app import start, transcript_text

# rp-caw's walk-out plan: sent on to the OCMW, then the police; Lotte leaves
WALKOUT = {"b1_choice": "wrong_place", "b2_choice": "urgent", "b3_choice": "police"}
WHY = {"nl": "Lotte wist niet of ze hier wel 'goed' was", "en": "Lotte did not know whether she was in"}


@pytest.fixture(scope="module")
def lib():
    return library.load(include_user=False)


# -- one name per krachtlijn, one rule for a score -------------------------------------------

def test_the_name_comes_from_the_card_and_tags_sort_by_number(lib):
    assert krachtlijnen.name(lib, "krachtlijn-6", "nl") == "Een gepaste rolcombinatie"
    assert krachtlijnen.label(lib, "krachtlijn-6", "nl") == "Krachtlijn 6 · Een gepaste rolcombinatie"
    assert krachtlijnen.label(lib, "krachtlijn-6", "en") == "Line of strength 6 · Fitting role combinations"
    tags = ["krachtlijn-10", "other", "krachtlijn-2", "krachtlijn-1"]
    assert krachtlijnen.ordered(tags) == ["krachtlijn-1", "krachtlijn-2", "krachtlijn-10", "other"]


@pytest.mark.parametrize(("got", "best", "nl", "en"), [
    (4, 6, "67% (4/6)", "67% (4/6)"),
    (-6, 5, "-100% (-6/5)", "-100% (-6/5)"),  # never -120%: within bounds, the points beside it
    (0, 0, "n.v.t.", "n/a"),  # never "0 / 0"
    (-3, 0, "n.v.t. (-3)", "n/a (-3)"),  # never "-3 / 0": no points possible is n.v.t.
])
def test_one_rule_for_a_score(got, best, nl, en):
    assert krachtlijnen.score_text(got, best, "nl") == nl
    assert krachtlijnen.score_text(got, best, "en") == en
    assert krachtlijnen.percent_text(-120, "nl") == "-100%" and krachtlijnen.percent_text(None, "en") == "n/a"


# -- the walk-out's debrief -----------------------------------------------------------------

@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_walk_out_gets_the_full_debrief_opened_by_its_why(tmp_path, lang):
    r = report(tmp_path, "rp-caw", WALKOUT, lang, "rehearse")
    assert r.kind == "debrief" and r.early and r.early.startswith(WHY[lang])
    md = r.file_markdown
    heads = [line for line in md.splitlines() if line.startswith("## ")]
    names = {
        "nl": ["## Het gesprek eindigde vroeg", "## Scores per krachtlijn", "## Hoe de cliënt reageerde",
               "## Eerst zelf gezegd", "## Het pad dat je koos", "## Wat een andere keuze had geopend"],
        "en": ["## The conversation ended early", "## Scores per line of strength",
               "## How the client reacted", "## Said it yourself first", "## The path you took",
               "## What a different choice would have opened up"],
    }[lang]
    assert heads[0] == names[0] and md.index(WHY[lang]) < md.index(names[1])  # the why opens it
    ended = {"nl": "· de cliënt vertrok*", "en": "· the client left*"}[lang]
    meta = next(line for line in md.splitlines() if line.startswith("*K-"))
    assert meta.endswith(ended), meta  # never "finished", as a played-through session is
    for name in names:
        assert name in heads, name
    # the % and n.v.t. columns, 1 to 10 in order; n.v.t. with the points lost beside it
    word = {"nl": "Krachtlijn", "en": "Line of strength"}[lang]
    rows = [line for line in md.splitlines() if line.startswith(f"| {word} ") and "·" in line]
    assert [int(row.split("·")[0].split()[-1]) for row in rows] == list(range(1, 11))
    na = {"nl": "n.v.t.", "en": "n/a"}[lang]
    assert any(row.endswith(f"| -1 | – | {na} |") for row in rows)
    assert " / 0" not in md
    page = r.html
    assert page.count("<svg") == 2  # the scores and the client's state over the moments
    assert page.index(WHY[lang].split("'")[0]) < page.index("<table")


def test_the_client_line_and_its_binnenkant_are_separate_paragraphs(tmp_path):
    md = report(tmp_path, "rp-caw", WALKOUT, "nl", "rehearse").file_markdown
    line = "**Lotte:** “Ik weet niet of ik hier goed ben. Een vriendin zei dat ik moest langskomen.”"
    assert f"{line}\n\n*Binnenkant: Als die naar papieren vraagt" in md


def test_feedback_names_the_krachtlijnen_it_scores_in_the_exports(tmp_path):
    md = report(tmp_path, "rp-caw", WALKOUT, "en", "rehearse").file_markdown
    assert ("*Feedback (Line of strength 6 · Fitting role combinations; Line of strength 7 · Positive basic "
            "attitude, dialogue and participation):* ") in md


async def _walk_out(app, pilot, lang):
    screen = await start(app, pilot, "rp-caw")
    while (step := screen.engine.current) is not None:
        if screen.engine.needs_words(step):
            screen.conv.say("Dag Lotte")
            await screen.refresh_controls()
        await screen.answer(WALKOUT.get(step.id) if step.kind == "choice" else None)
        await pilot.pause()
    return screen


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_after_a_walk_out_the_end_screen_offers_the_debrief(private_dirs, lang):
    app = GuideApp(lang=lang, data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _walk_out(app, pilot, lang)
        assert screen.engine.ended_early
        text = transcript_text(screen)
        # the option's feedback carries the names of the krachtlijnen it scores, 1 to 10
        assert {"nl": "Krachtlijn 6 · Een gepaste rolcombinatie\nKrachtlijn 7 · Positieve basishouding",
                "en": "Line of strength 6 · Fitting role combinations\nLine of strength 7"}[lang] in text
        button = screen.query_one("#report", Button)
        label = {"nl": "Toon de debriefing", "en": "Show the debrief"}[lang]
        assert button.display and str(button.label) == label
        button.press()
        from tests.conftest import until

        def early_shown() -> bool:  # the report screen, with its why drawn
            return isinstance(app.screen, ReportScreen) and bool(app.screen.query("#early")) and \
                WHY[lang] in str(app.screen.query_one("#early", Static).render())

        await until(pilot, early_shown, "the debrief opened by why the client left")
        md = app.screen.query_one("#report-md").source + app.screen.query_one("#report-md-after").source
        assert {"nl": "Het pad dat je koos", "en": "The path you took"}[lang] in md


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_the_end_screen_scores_are_1_to_10_and_never_0_of_0(private_dirs, lang):
    app = GuideApp(lang=lang, data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _walk_out(app, pilot, lang)
        scores = {"nl": "Scores per krachtlijn", "en": "Scores per line of strength"}[lang]
        text = transcript_text(screen)
        text = text[text.rindex(scores):]  # the end's score table
        word = {"nl": "Krachtlijn", "en": "Line of strength"}[lang]
        na = {"nl": "n.v.t.", "en": "n/a"}[lang]
        assert f"{word} 2 · " in text and f"{word} 10 · " in text
        assert text.index(f"{word} 2 · ") < text.index(f"{word} 10 · ")
        assert f": {na} (-1)" in text and " / 0" not in text and "0/0" not in text
        assert f"{word} 5 · " in text and ": -50% (-1/2)" in text
        # the debrief's scores: best over the whole scenario, the points a walk-out left unearned missed
        assert f"{word} 1 · " in text and ": 25% (1/4)" in text and ": -50% (-1/2)" in text


# -- the live debrief of a walk-out -------------------------------------------------------------

@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_live_walk_out_opens_with_its_why_then_scores_state_and_path(tmp_path, lib, lang):
    from guide.classroom import live
    from guide.storage.store import Store

    store = Store(tmp_path / "data")
    try:
        play, _me = live.start(store, "rp-wantrouwen", lang)
        for n, value in enumerate(("file", "spending")):  # the worst path: Johan walks out
            assert live.mark_closest(store, play.id, n, value)
        live.finish(store, play.id)
        md = live.debrief_markdown(lib, live.read(store, play.id), lang)
    finally:
        store.close()
    early = {"nl": "## Het gesprek eindigde vroeg", "en": "## The conversation ended early"}[lang]
    heads = [line for line in md.splitlines() if line.startswith("## ")]
    assert heads[0] == early  # before the moments
    for head in ({"nl": ("## Scores per krachtlijn", "## Hoe de cliënt reageerde", "## Het pad dat je koos"),
                  "en": ("## Scores per line of strength", "## How the client reacted",
                         "## The path you took")}[lang]):
        assert head in heads, head
    word = {"nl": "Krachtlijn", "en": "Line of strength"}[lang]
    assert f"| {word} 5 · " in md and " / 0" not in md


# -- room to write on the printed observation sheet ------------------------------------------------

@pytest.mark.browser
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_printed_observation_sheet_has_lines_to_write_on(tmp_path, lang):
    from tests.artefacts import print_pdf
    from tests.test_export_cli import _cli

    out = tmp_path / "sheets.html"
    r = _cli("sheets", "rp-caw", "--out", str(out), "--lang", lang, "--training", "BK-gent-2026-12-02",
             env_data=tmp_path / "d")
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    sheet = page[page.index('<section class="observe">'):]
    items = sheet[:sheet.index("</section>")].count("</li>")
    assert items == 8  # five things to watch, three questions: each with two lines to write on
    assert sheet.count('<div class="write"></div><div class="write"></div></li>') == items
    assert page.count('<section class="observe">') == 1  # the persona and coach sheets stay as they were
    pages = print_pdf(page, tmp_path / "sheets.pdf")
    title = {"nl": "Observatieblad", "en": "Observation sheet"}[lang]
    assert len(pages) == 3 and pages[2].lstrip().startswith(title)  # still one page of its own


# -- room to think: a note on a reflection cue, select all in a field --------------------------------

SHOWCASE = Path(__file__).parent / "fixtures" / "tui"


async def test_a_reflection_cue_takes_a_short_note_kept_with_the_session(private_dirs):
    from textual.widgets import Input

    from tests.test_app import stored

    app = GuideApp(lang="nl", flow_dirs=[SHOWCASE], data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, "showcase")
        while screen.engine.current.kind != "cue":
            await pilot.press("enter")
            await pilot.pause()
        field = screen.query_one("#cue-note", Input)
        assert field.display and field.has_focus and "Verder" in str(screen.query_one("#continue").label)
        assert "Je notitie komt in je rapport" in str(screen.query_one("#hint", Static).render())
        await pilot.press(*"Ik praat te veel")
        await pilot.press("ctrl+a")  # selects all the text, not "to the start of the line"
        assert field.selected_text == "Ik praat te veel"
        await pilot.press(*"Ik luister")  # typed over the selection
        await pilot.press("enter")
        await pilot.pause()
        assert screen.engine.current.kind == "line"  # Verder
        assert "Jouw notitie\nIk luister" in transcript_text(screen)
        _session, notes, _changes = stored(private_dirs)
        assert [(key, text) for key, _at, text in notes] == [("showcase/s_cue", "Ik luister")]
        await pilot.press("enter")  # the next cue-less step: Enter goes on as before
        await pilot.pause()


def test_the_reflection_report_shows_a_cue_note_under_its_question(tmp_path):
    from guide.artefacts import reflection
    from guide.storage.sessions import Conversation
    from guide.storage.store import Store
    from tests.conftest import walk

    lib = library.load(flow_dirs=[SHOWCASE], include_user=False)
    store = Store(tmp_path / "data")
    try:
        conv, _ = Conversation.start(store, lib, "showcase", "R-1", "rehearse", "en")
        walk(conv, {"s_choice": "listen", "s_multi": ["rent"], "s_scale": 3, "s_text": "Less talking"})
        notes = [("showcase/s_cue", 0.0, "I talk too much"), ("showcase/s_text", 0.0, "ask my mentor")]
        md = "\n".join(reflection.reflections_markdown(conv.engine, notes, "en"))
        conv.close()
    finally:
        store.close()
    cue = md.index("> I talk too much")
    assert md.rindex("**", 0, cue) > 0 and "Who talks the most?" in md[:cue]  # under its question
    assert cue < md.index("> Less talking")  # in the order of the path
    assert "- Note: ask my mentor" in md


async def test_f7_and_ctrl_a_select_all_in_a_text_answer_and_f1_says_so(private_dirs):
    from textual.widgets import TextArea

    app = GuideApp(lang="en", flow_dirs=[SHOWCASE], data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, "showcase")
        while screen.engine.current.kind != "text":
            step = screen.engine.current
            answers = {"choice": "listen", "multi": ["rent"], "checklist": [], "scale": 3}
            await screen.answer(answers.get(step.kind))
            await pilot.pause()
        area = screen.query_one("#text", TextArea)
        assert area.has_focus and "F7 selects all the text." in str(
            screen.query_one("#hint", Static).render())
        await pilot.press(*"one"), await pilot.press("enter"), await pilot.press(*"two")
        for key in ("f7", "ctrl+a"):
            area.move_cursor((1, 1))
            await pilot.press(key)
            assert area.selected_text == "one\ntwo", key
        await pilot.press("f1")
        await pilot.pause()
        help_text = "\n".join(str(s.render()) for s in app.screen.query(Static))
        assert "In a text field: F7 or Ctrl+A selects all the text" in help_text


# -- names cut where there is room ------------------------------------------------------------------

@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_the_sessions_to_continue_get_room_and_their_whole_title(private_dirs, size):
    from textual.widgets import OptionList

    from guide.storage.sessions import Conversation
    from guide.storage.store import Store
    from tests.conftest import app_ready, until

    lib = library.load(include_user=False)
    store = Store(private_dirs)
    for flow_id in ("rp-caw", "rp-nieuwkomers"):
        Conversation.start(store, lib, flow_id, "K-1", "rehearse", "nl")[0].close()
    store.close()
    app = GuideApp(lang="nl", data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=size) as pilot:
        await app_ready(pilot)
        resume = app.screen.query_one("#resume", OptionList)
        await until(pilot, lambda: resume.option_count == 2, "the sessions listed")
        await pilot.pause()
        assert resume.size.height >= 4  # two lines or more of a session, not one
        assert resume.size.height > app.screen.query_one("#done", OptionList).size.height
        prompt = str(resume.get_option_at_index(0).prompt)
        assert "Rollenspel — Senait en Yonas, nieuw in België" in prompt  # the whole title


async def test_at_80x24_the_card_panel_takes_the_focus_and_scrolls(private_dirs):
    app = GuideApp(lang="nl", data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start(app, pilot, "rp-caw")
        panel = screen.query_one("#cardpanel")
        assert not panel.display  # narrow: hidden until asked for
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert panel.display and panel.has_focus and panel.max_scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        assert panel.scroll_y == panel.max_scroll_y  # the end of the card can be read
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert not panel.display and screen.query_one("#continue").has_focus


def test_a_low_terminal_folds_the_untested_krachtlijnen_into_one_line(lib):
    from guide.artefacts import reports

    rows = [(krachtlijnen.short(lib, f"krachtlijn-{n}", "nl"), 50 if n in (3, 7) else None, None)
            for n in range(1, 11)]
    lines = reports.terminal_chart(rows, "nl", 76, fold=True).splitlines()
    assert len(lines) == 3 and lines[0].startswith(" 3 Relationele gelijkwaardigheid")
    assert lines[2] == "n.v.t. (niet getoetst in dit scenario): krachtlijn 1, 2, 4, 5, 6, 8, 9, 10"
    assert len(reports.terminal_chart(rows, "nl", 76).splitlines()) == 10  # room: one line each


def test_a_walk_out_ends_the_record_with_ended_early_not_finished(lib):
    from guide.artefacts.transcript import finish_items
    from guide.run.engine import Engine

    eng = Engine(lib.flows, "rp-energie", lib.programs, seed=0)
    try:
        eng.start()
        for value in ("papers", "why_empty"):  # two poor moves: Jolien leaves
            while eng.current is not None and eng.current.kind != "choice":
                eng.submit(None)
            eng.submit(value)
        while eng.current is not None and not eng.current.needs_input:
            eng.submit(None)
        assert eng.ended_early
        assert [i.title for i in finish_items(eng, lib, "nl")][0] == "Het gesprek eindigde vroeg."
        assert [i.title for i in finish_items(eng, lib, "en")][0] == "The conversation ended early."
    finally:
        eng.close()


# -- the end of `bindkracht play` and the debrief give the same scores ------------------------------

# (rp-caw's options as written, BINDKRACHT_SEED=0): the walk-out plan, and Lotte leaving after two poor turns
PLAYED = {"walk-out": (3, 2, 1), "two-poor-turns": (1, 1)}


def _cli(data, *args: str, lines=()) -> str:
    import os
    import subprocess
    import sys

    env = {**os.environ, "BINDKRACHT_DATA_DIR": str(data), "BINDKRACHT_SEED": "0"}
    done = subprocess.run([sys.executable, "-m", "guide", "--lang", "en", *args], env=env, timeout=120,
                          input="".join(f"{x}\n" for x in lines), capture_output=True, text=True)
    assert "Traceback" not in done.stdout + done.stderr, done.stdout + done.stderr
    return done.stdout


def _debrief_scores(md: str) -> dict[str, str]:
    """{row label: score text} from the debrief's table (points | best possible | %)."""
    out = {}
    for row in md.splitlines():
        cells = [c.strip() for c in row.strip("|").split("|")]
        if row.startswith("| Line of strength ") and "·" in cells[0] and len(cells) >= 4:
            got, best = (0 if c == "–" else int(c) for c in cells[1:3])
            if best or got:
                out[cells[0]] = krachtlijnen.score_text(got, best, "en")
    return out


@pytest.mark.parametrize("walk", sorted(PLAYED))
@pytest.mark.parametrize("typed", [False, True])
def test_the_play_end_screen_gives_the_debriefs_scores(tmp_path, walk, typed):
    """Lotte walks out: the scores said when `play` ends are the stored debrief's, best over the whole
    scenario (the points a walk-out left unearned count as missed, never as not tested)."""
    picks = PLAYED[walk]
    # typed: a turn in words, its option picked by number at the confirmation; with options: said
    # first, then the option's number. Enter goes on past each client line.
    lines = ["", ""] + [x for n in picks for x in ("Hello Lotte, tell me.", str(n), "")] + [""] * 6
    args = ("play", "rp-caw", "--label", "p") + (("--typed",) if typed else ())
    shown = _cli(tmp_path / "data", *args, lines=lines)
    assert "Lotte swings her backpack" in shown or "out of the door" in shown, shown
    end = shown[shown.index("Scores per line of strength:"):].splitlines()[1:]
    said = dict(line.strip().split(": ", 1) for line in end if line.startswith("  Line of strength "))
    debrief = _debrief_scores(_cli(tmp_path / "data", "sessions", "show", "1"))
    assert said == debrief
    assert said["Line of strength 7 · Positive basic attitude, dialogue and participation"].endswith("/4)")
    assert said["Line of strength 1 · Empowerment at the centre of fighting poverty"] == "0% (0/1)"
