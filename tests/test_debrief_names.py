"""Issue 29: a walk-out gets the full debrief; one name per krachtlijn; scores 1 to 10 with one
n.v.t. rule and percentages within bounds; pages that fit a phone."""


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
    assert f"{line}\n\n*Binnenkant: Als ze naar papieren vraagt" in md


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
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        assert WHY[lang] in str(app.screen.query_one("#early", Static).render())
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
