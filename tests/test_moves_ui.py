"""Where a learner meets the move reader: own words read in the debrief (and corrected), the mirror
of their turns, cues on the questions of an intake plan, and the group's counts of moves."""

import os
import subprocess
import sys
from pathlib import Path

from textual.widgets import Button, OptionList, Static

from guide.storage.store import Store
from guide.tui.app import GuideApp
from guide.tui.modals import MeantScreen
from guide.tui.report import ReportScreen
from tests.conftest import ROOT, until
from tests.test_app import start

RIK = Path(__file__).parent / "fixtures" / "tui-state"


def _own_words(screen) -> str:
    return "\n".join(str(w.render()) for w in screen.query("#own-words Static"))


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
        await until(pilot, lambda: isinstance(app.screen, ReportScreen), "the debrief opened")
        report = app.screen
        await until(pilot, lambda: "Zo lazen we het" in _own_words(report), "the reading shown")
        shown = _own_words(report)
        assert "“ge maakt u echt zorgen over de huur”" in shown
        assert "Zo lazen we het: een reflectie:" in shown  # the move's name and the reader's why
        assert (
            "Jouw keuze: Vertel maar, ik luister." in shown
            and "Beste optie: dezelfde (je koos de beste)" in shown
        )
        before = report.query_one("#report-md").source
        mirror = report.query_one("#report-md-after").source
        assert "Spiegel van je eigen woorden" in mirror and "een spiegel, geen cijfer" in mirror
        assert "| Reflecties per vraag | – (1/0) |" in mirror

        report.query_one("#not-meant-0", Button).press()  # "Zo bedoelde ik het niet"
        await until(pilot, lambda: isinstance(app.screen, MeantScreen), "the correction dialog opened")
        moves = app.screen.query_one("#meant-moves", OptionList)
        moves.highlighted = 0  # een open vraag
        await pilot.press("enter")
        await until(pilot, lambda: "jij bedoelde: een open vraag" in _own_words(report),
                    "the correction shown")
        assert app.screen is report
        # the reading stays, the correction beside it
        assert "Zo lazen we het: een reflectie:" in _own_words(report)
        store = Store(private_dirs)
        try:
            assert store.move_corrections(1) == {"rik/c_first": "open_question"}
        finally:
            store.close()
        assert report.query_one("#report-md").source == before  # the scores as they were
        assert report.conv.engine.scores() == scores
        assert "| Open vragen onder je vragen | 100% (1/1) |" in report.query_one("#report-md-after").source
        assert str(report.query_one("#own-0", Static).render()).startswith("1. Rik kijkt naar de grond.")


def test_the_mirror_counts_a_known_session_of_own_turns():
    from guide.artefacts import ownwords
    from guide.moves import Reading

    def moment(move, secondary=None, meant=None):
        return ownwords.Moment("f/c", "Wat zeg je?", "woorden", Reading(move, secondary, f"{move}", ()),
                               meant, "a", "b")

    items = [moment("open_question"), moment("open_question", "reflection"), moment("closed_question"),
             moment("reflection"), moment("summary"), moment("advice"),
             moment("advice", "autonomy_permission"),  # asked and advised in one breath: still unasked
             moment("autonomy_permission", "advice"),  # advice left to the other's choice
             moment("confront"), moment("reassure"), moment("not_a_turn"),
             moment("advice", meant="reflection")]  # the learner meant a reflection: the mirror follows them
    mirror = ownwords.mirror_of(items)
    assert (mirror.turns, mirror.not_turns, mirror.questions, mirror.open_questions) == (11, 1, 3, 2)
    assert (mirror.reflections, mirror.advice_unasked, mirror.confrontations, mirror.reassurance) == (
        4,
        2,
        1,
        1,
    )
    nl = "\n".join(ownwords.mirror_markdown(items, "nl"))
    assert "| Open vragen onder je vragen | 67% (2/3) | 50% redelijk, 70% goed · jij: redelijk |" in nl
    assert "| Reflecties per vraag | 1,33 (4/3) | 1 redelijk, 2 goed · jij: redelijk |" in nl
    assert "| Advies zonder toestemming | 2 |" in nl and "| Confrontaties | 1 |" in nl
    assert "een spiegel, geen cijfer" in nl and "4.2.1" in nl
    en = "\n".join(ownwords.mirror_markdown(items, "en"))
    assert "| Reflections per question | 1.33 (4/3) | 1 fair, 2 good · you: fair |" in en
    assert "a mirror, not a grade" in en and "| Premature reassurance | 1 |" in en
    assert ownwords.mirror_markdown([], "nl") == []  # no own words, no mirror


def test_planned_questions_get_a_kind_cue_when_stacked_blaming_or_closed():
    from guide.artefacts.intake_plan import cue_lines, question_cues

    got = {"opening_question": ("Fijn dat je er bent. Waar wil je vandaag mee beginnen?", ""),
           "open_questions": ("Hoe gaat het thuis en wat wil je dat ik doe?\n"
                              "Waarom heb je de brief niet geopend?\nHeb je al gebeld met de huisbaas?", "")}
    cues = question_cues(got, "nl", "nl")
    assert [(q, kind) for q, kind, _ in cues] == [
        ("Hoe gaat het thuis en wat wil je dat ik doe?", "stacked"),
        ("Waarom heb je de brief niet geopend?", "blame"),
        ("Heb je al gebeld met de huisbaas?", "closed")]
    lines = cue_lines(cues, "nl")
    assert "twee vragen in één ('en wat')" in lines[0]
    assert "klinkt al snel als een verwijt" in lines[1] and "'Waarom heb je'" in lines[1]
    assert "een gesloten vraag ('Heb je')" in lines[2]
    # a good open question, and a neutral waarom about values, get no cue
    good = {"opening_question": ("Wat brengt je hier vandaag?", ""),
            "open_questions": ("Waarom is dat belangrijk voor jou?", "")}
    assert question_cues(good, "nl", "nl") == []
    en = question_cues({"open_questions": ("Why did you not pay the bill? What brings you here?", "")}, "en",
                       "en")
    assert [kind for _q, kind, _w in en] == ["blame"]
    assert "easily sounds like blame" in cue_lines(en, "en")[0]
    assert (
        question_cues({"opening_question": ("Hoe gaat het? Wat wil je bespreken?", "")}, "nl", "nl")[0][1]
        == "stacked"
    )


def test_the_debrief_export_escapes_typed_words_and_shows_reading_and_correction(tmp_path):
    from guide.artefacts import export
    from guide.flows import library
    from guide.storage.sessions import Conversation

    lib = library.load(flow_dirs=[RIK], include_user=False)
    store = Store(tmp_path / "data")
    try:
        conv, _ = Conversation.start(store, lib, "rik", "T-1", "rehearse", "nl")
        conv.submit()
        conv.say("<script>alert(1)</script> | je maakt je *echt* zorgen")
        conv.submit("listen")
        conv.submit()
        conv.submit("ask")
        store.correct_move(conv.session.id, "rik/c_first", "reflection")
        pages = export.render_all(store.get(conv.session.id), lib, [], "nl", store)
        conv.close()
    finally:
        store.close()
    md, page = pages["md"], pages["html"]
    assert "\\<script\\>alert(1)\\</script\\> \\| je maakt je \\*echt\\* zorgen" in md
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "jij bedoelde: een reflectie" in md and "jij bedoelde: een reflectie" in page
    assert "Spiegel van je eigen woorden" in md and "Spiegel van je eigen woorden" in page

    # `bindkracht sessions show` prints the same debrief, correction included
    env = {**os.environ, "BINDKRACHT_DATA_DIR": str(tmp_path / "data"), "PYTHONIOENCODING": "utf-8"}
    shown = subprocess.run([sys.executable, "-m", "guide", "--flows", str(RIK), "sessions", "show", "1",
                            "--lang", "nl"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert "jij bedoelde: een reflectie" in shown.stdout


# what five learners of one training typed first at the first moment: the group view counts the kinds
TYPED = ["Hoe is dat voor jou?", "Wat maakt het zo zwaar?", "Je moet die brief echt openen.",
         "Je schaamt je ervoor.", "Vertel eens wat er gebeurd is?"]


def _group_with_words(tmp_path, sessions: int):
    from guide.flows import library
    from guide.storage.sessions import Conversation
    from tests.groups import GROUP

    flows = tmp_path / "flows"
    flows.mkdir()
    text = (GROUP / "group-demo.yaml").read_text(encoding="utf-8")
    flows.joinpath("group-demo.yaml").write_text(
        text.replace("      - id: first_choice\n        kind: choice\n",
                     "      - id: first_choice\n        kind: choice\n        say_first: true\n"),
                     encoding="utf-8")
    lib = library.load(flow_dirs=[flows], include_user=False)
    store = Store(tmp_path / "data")
    for n in range(sessions):
        conv, _ = Conversation.start(store, lib, "group-demo", f"G-{n}", "rehearse", "nl",
                                     "BK-gent-2026-12-02")
        while (step := conv.engine.current) is not None:
            if conv.engine.needs_words(step):
                conv.say(TYPED[n % len(TYPED)])
            conv.submit({"first_choice": "listen", "second_choice": "together"}.get(step.id))
        conv.close()
    return lib, store


def test_the_group_view_counts_the_kinds_of_own_turns_per_moment_and_never_shows_the_text(tmp_path):
    from guide.classroom import group, group_page

    lib, store = _group_with_words(tmp_path, 5)
    try:
        view = group.build(store, lib, "BK-gent-2026-12-02", "group-demo")
    finally:
        store.close()
    first, second = view.moments
    assert dict(first.moves) == {"open_question": 3, "advice": 1, "reflection": 1} and second.moves == []
    md, page = group_page.markdown(view, lib, "nl"), group_page.page(view, lib, "nl")
    line = "Eerst zelf getypt (5 beurten): open vraag 3 · reflectie 1 · ongevraagd advies 1"
    assert line in md and line in page
    assert "Typed first (5 turns): open question 3 · reflection 1 · unasked advice 1" in group_page.markdown(
        view, lib, "en")
    for words in TYPED:  # counts only, never the text
        assert words not in md and words not in page


def test_the_group_view_counts_every_turn_of_a_typed_play_too(tmp_path):
    from guide.classroom import group
    from guide.flows import library
    from guide.storage.sessions import Conversation
    from guide.storage.store import Store
    from tests.groups import GROUP

    lib = library.load(flow_dirs=[GROUP], include_user=False)
    store = Store(tmp_path / "data")
    try:
        for n in range(5):
            conv, _ = Conversation.start(store, lib, "group-demo", f"T-{n}", "rehearse", "nl",
                                         "BK-gent-2026-12-02", True)
            while (step := conv.engine.current) is not None:
                if step.kind == "choice":
                    conv.say(TYPED[n % len(TYPED)])
                conv.submit({"first_choice": "listen", "second_choice": "together"}.get(step.id))
            conv.close()
        view = group.build(store, lib, "BK-gent-2026-12-02", "group-demo")
    finally:
        store.close()
    first, second = view.moments
    assert sum(n for _m, n in first.moves) == 5 and sum(n for _m, n in second.moves) == 5
    assert dict(first.moves) == dict(second.moves) == {"open_question": 3, "advice": 1, "reflection": 1}


def test_below_five_sessions_the_group_view_counts_no_moves(tmp_path):
    from guide.classroom import group, group_page

    lib, store = _group_with_words(tmp_path, 4)
    try:
        view = group.build(store, lib, "BK-gent-2026-12-02", "group-demo")
    finally:
        store.close()
    assert view.too_small and all(m.moves == [] for m in view.moments)
    assert "Eerst zelf getypt" not in group_page.markdown(view, lib, "nl")
    assert "Eerst zelf getypt" not in group_page.page(view, lib, "nl")


async def test_the_presenter_shows_the_groups_counts_of_moves_at_the_moment(private_dirs, tmp_path):
    from guide.tui.presenter import GroupPickScreen, PresenterScreen
    from tests.conftest import app_ready

    lib, store = _group_with_words(tmp_path, 5)
    store.close()
    app = GuideApp(lang="nl", flow_dirs=[tmp_path / "flows"], data_dir=str(tmp_path / "data"), blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await app_ready(pilot)
        await pilot.press("g")
        await until(pilot, lambda: isinstance(app.screen, GroupPickScreen), "the group picker opened")
        await pilot.press("enter")  # the one training, with one scenario: straight to it
        await until(pilot, lambda: isinstance(app.screen, PresenterScreen), "the presenter opened")
        await pilot.press("right")  # moment 1
        await until(pilot, lambda: bool(app.screen.query("#p-moves")), "the move counts shown")
        shown = str(app.screen.query_one("#p-moves", Static).render())
        assert shown == "Eerst zelf getypt (5 beurten): open vraag 3 · reflectie 1 · ongevraagd advies 1"
        await pilot.press("right")  # moment 2 asked for no own words: no counts
        await until(pilot, lambda: "MOMENT 2" in str(app.screen.query_one("#p-head", Static).render())
                    and bool(app.screen.query(".p-option")), "the second moment shown")
        assert not app.screen.query("#p-moves")


def test_play_in_the_terminal_reads_own_words_shows_the_mirror_and_takes_a_correction(private_dirs):
    import io

    from guide.cli import player
    from guide.cli.player import Terminal

    class Args:
        flows = [RIK]
        flow = "rik"
        data_dir = str(private_dirs)
        label = "P-1"
        new = True
        job = None
        take_over = False

    # Rik's line, own words, the first option, Rik's next line, the first option; then "moment 1 was
    # read wrong": I meant move 1 (an open question); then Enter to go on
    out = io.StringIO()
    term = Terminal("nl", out=out, inp=io.StringIO("\nge maakt u echt zorgen over de huur\n1\n\n1\n1\n1\n\n"),
                    binnenkant="after")
    assert player.play(Args, "nl", term) == 0
    text = out.getvalue()
    assert "Zo lazen we het: een reflectie:" in text
    assert "Spiegel van je eigen woorden" in text and "een spiegel, geen cijfer" in text
    assert "Bewaard: een open vraag" in text
    # shown again, with the correction beside the reading
    assert text.count("jij bedoelde: een open vraag") == 1
    assert text.index("Bewaard: een open vraag") < text.index("jij bedoelde: een open vraag")
    store = Store(private_dirs)
    try:
        assert store.move_corrections(1) == {"rik/c_first": "open_question"}
    finally:
        store.close()


def test_no_mirror_table_when_no_turn_reads_as_a_move():
    from guide.artefacts import ownwords
    from guide.moves import Reading

    items = [
        ownwords.Moment("f/c", "Wat zeg je?", "test", Reading("not_a_turn", None, "", ()), None, "a", "b")
    ] * 2
    assert ownwords.mirror_markdown(items, "nl") == [
        "## Spiegel van je eigen woorden", "",
        "Geen van je 2 eigen beurten las als een gespreksbeurt: er valt nog niets te spiegelen.", ""]


def test_the_mirror_shows_one_reflection_per_four_questions_as_a_quarter_not_rounded_down():
    from guide.artefacts.ownwords import mirror_lines
    from guide.moves.mirror import Mirror

    mirror = Mirror(turns=5, not_turns=0, questions=4, open_questions=2, reflections=1, advice_unasked=0,
                    confrontations=0, reassurance=0)
    assert mirror_lines(mirror, "nl")[1][1] == "0,25 (1/4)"
    assert mirror_lines(mirror, "en")[1][1] == "0.25 (1/4)"
