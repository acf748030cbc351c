"""Debrief, intake plan and reflection report: content on screen and in the exports."""

from pathlib import Path

from guide.artefacts import export, reports
from guide.flows import library
from guide.storage.sessions import Conversation
from guide.storage.store import Store
from tests.conftest import walk, write_flow

SHOWCASE = Path(__file__).parent / "fixtures" / "tui"

PLAN_FLOW = """\
id: plan-mini
version: "1"
title: {nl: Voorbereiding, en: Preparation}
languages: [nl, en]
jobs: [prepare]
phases:
  - id: intake
    steps:
      - id: known
        kind: text
        text: {nl: Wat ik al weet, en: What I already know}
      - id: room
        kind: checklist
        optional: true
        text: {nl: De ruimte, en: The room}
        options:
          - value: quiet
            label: {nl: Rustig, en: Quiet}
          - value: drink
            label: {nl: Iets te drinken, en: Something to drink}
      - id: done
        kind: end
        report: plan
"""


def _showcase(tmp_path, first):
    lib = library.load(flow_dirs=[SHOWCASE], include_user=False)
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "showcase", f"R-{first}", "rehearse", "nl")
    walk(conv,
         {"s_choice": first, "s_multi": ["rent"], "s_scale": 3, "s_text": "Ik <b>luisterde</b> te weinig"})
    return lib, store, conv


def test_debrief_shows_scores_path_and_what_another_choice_would_open(tmp_path):
    lib, store, conv = _showcase(tmp_path, "form")
    eng = conv.engine
    assert eng.end_step.report == "debrief"
    made = reports.choices(eng)
    assert [(c.step.id, c.points, c.best) for c in made] == [("s_choice", -1, 3)]
    assert [o.value for o in made[0].better] == ["listen"]
    text = export.render(store.get(conv.session.id), lib, [], "nl", "md", store)
    assert text.startswith("# Debriefing")
    assert "| Krachtlijn 7 · Positieve basishouding, dialoog en participatie | -1 | 2 | -50% |" in text
    assert "| Krachtlijn 1 · Empowerment centraal in de armoedebestrijding | – | – | n.v.t. |" in text
    # its own paragraph, with the names of the krachtlijnen the option scores
    assert ("\n\n   *Feedback (Krachtlijn 7 · Positieve basishouding, dialoog en participatie):* "
            "Het formulier komt voor de mens.") in text
    assert "## De momenten die het meest kostten" in text
    assert "*Wat de cliënt toen dacht:* Weer papieren." in text
    assert "→ **Vul eerst dit formulier in.** (-1)" in text
    assert "Wat een andere keuze had geopend" in text
    assert "In plaats daarvan: **Neem je tijd, ik luister.** (+3)" in text
    assert "Ik \\<b\\>luisterde\\</b\\> te weinig" in text  # typed text stays text
    # what the learner wrote comes first, before the scores, and again in the whole conversation
    own = text.index("## Mijn reflecties en notities")
    assert own < text.index("## Scores per krachtlijn")
    assert text.index("> Ik \\<b\\>luisterde\\</b\\> te weinig", own) < text.index("## Scores per krachtlijn")


def test_a_debrief_without_written_words_has_no_empty_reflection_section(tmp_path):
    from guide.artefacts import reflection

    lib = library.load(flow_dirs=[SHOWCASE], include_user=False)
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "showcase", "R-2", "rehearse", "nl")
    assert reflection.reflections_markdown(conv.engine, [], "nl", say_none=False) == []  # a debrief: nothing
    said = reflection.reflections_markdown(conv.engine, [], "nl")  # a reflection report says so
    assert said == ["## Mijn reflecties en notities", "", "(Geen eigen reflecties geschreven.)", ""]


def test_earlier_debriefs_of_the_same_scenario_side_by_side(tmp_path):
    lib, store, _ = _showcase(tmp_path, "form")
    conv2, _ = Conversation.start(store, lib, "showcase", "R-2", "rehearse", "nl")
    walk(conv2, {"s_choice": "listen", "s_multi": ["rent"], "s_scale": 4, "s_text": "beter"})
    rows = reports.earlier_scores(store, lib, "showcase", "nl")
    assert [r[1].get("krachtlijn-7") for r in rows] == [100, -50]
    text = export.render(store.get(conv2.session.id), lib, [], "en", "md", store)
    assert "Your earlier debriefs of this scenario side by side" in text
    seven = "Line of strength 7 · Positive basic attitude, dialogue and participation"
    assert f"| {seven} | 100% | -50% |" in text


def test_html_debrief_has_an_svg_chart_with_escaped_labels(tmp_path):
    lib, store, conv = _showcase(tmp_path, "listen")
    page = export.render(store.get(conv.session.id), lib, [], "nl", "html", store)
    assert page.count("<svg") == 1 and "</svg>" in page
    assert page.index("<svg") > page.index("</table>")
    assert "&lt;b&gt;luisterde" in page and "<b>luisterde" not in page
    rows = reports.chart_rows(conv.engine, lib, "nl")
    assert [label.split()[0] for label, _, _ in rows] == [str(n) for n in range(1, 11)]  # 1 to 10
    assert rows[2][0] == " 3 Relationele gelijkwaardigheid"  # the card's name, whole
    assert [earned for _, earned, _ in rows] == [None, None, 100, None, None, None, 100, None, None, None]
    bars = reports.terminal_chart(rows, "nl", width=10).splitlines()
    assert bars[2].startswith(" 3 Relationele gelijkwaar") and "│██████████  100%" in bars[2]
    assert bars[0].endswith("n.v.t.")


def test_the_terminal_chart_fits_a_narrow_screen_without_wrapping():
    rows = [
        (f"Krachtlijn {n} — Een lange naam van deze krachtlijn", 100 - 30 * n, n % 6 * 20)
        for n in range(1, 11)
    ]
    for room in (60, 76, 116):
        lines = reports.terminal_chart(rows, "nl", room).splitlines()
        assert len(lines) == 10 and max(len(line) for line in lines) <= room, room
        assert lines[2].rstrip().endswith("/5") and "%" in lines[9]


def test_negative_scores_show_left_of_the_axis_and_not_tested_is_not_zero(tmp_path):
    lib, store, conv = _showcase(tmp_path, "form")
    rows = reports.chart_rows(conv.engine, lib, "en")
    bars = reports.terminal_chart(rows, "en", width=10).splitlines()
    assert "▒▒│" in bars[6] and bars[6].endswith("-50%")
    assert bars[2].endswith("0%") and bars[0].endswith("n/a")
    svg = reports.svg_chart(rows, "en")
    assert 'fill="#a23b2a"' in svg and svg.count("n/a") == 8


def test_self_assessment_bars_carry_their_numbers_and_the_chart_scales():
    rows = [("Krachtlijn 3 — Relationele gelijkwaardigheid", 50, 80), ("Krachtlijn 7 — Dialoog", None, 40)]
    svg = reports.svg_chart(rows, "en")
    assert svg.count('fill="#c9a227"') == 2  # two self-assessment bars
    assert ">4/5</text>" in svg and ">2/5</text>" in svg
    assert 'viewBox="0 0 ' in svg and 'width="100%"' in svg and ' height="' not in svg.split(">")[0]


def test_intake_plan_is_the_answers_under_a_caseworkers_headings(tmp_path):
    d = tmp_path / "flows"
    write_flow(d, "plan.yaml", PLAN_FLOW)
    lib = library.load(flow_dirs=[d], include_user=False)
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "plan-mini", "P-1", "prepare", "nl")
    walk(conv, {"known": "Ze belde twee keer; *dringend* wegens huur", "room": ["quiet"]})
    conv.note("Vraag naar haar zus")
    session = store.get(conv.session.id)
    text = export.render(session, lib, store.notes(session.id), "nl", "md", store)
    assert text.startswith("# Intakeplan")
    assert "## Voor het gesprek\n\nZe belde twee keer; \\*dringend\\* wegens huur" in text
    assert "## Verder\n\nRustig" in text  # an answer the layout does not place still shows
    assert "Wat ik al weet" not in text and "De ruimte" not in text  # headings, not the questions
    # no metadata; notes go on the private page
    assert "Flow:" not in text and "Vraag naar haar zus" not in text
    assert "## Warm onthaal" not in text  # one page: the plan, not the whole record
    assert export.build(session, lib, store.notes(session.id), "nl").private_markdown.startswith(
        "# Voor mezelf"
    )


def test_numbered_answers_show_no_escape_marks_on_screen_or_in_html():
    from guide.artefacts.markup import escape_md, markdown_to_html

    text = escape_md("1. Hoe gaat het?\n2) Wat lukt?\n- geen lijst\n# geen kop")
    assert "\\1" not in text and "\\2" not in text
    page = markdown_to_html(text, "t", "nl")
    assert (
        "1. Hoe gaat het?<br />" in page
        and "2) Wat lukt?" in page
        and "<ol" not in page
        and "<h1" not in page
    )
    assert '<html lang="nl">' in page and "<main>" in page


def test_sessions_export_private_writes_the_for_myself_page_only_when_asked(tmp_path):
    import subprocess
    import sys

    d = tmp_path / "flows"
    write_flow(d, "plan.yaml", PLAN_FLOW)
    lib = library.load(flow_dirs=[d], include_user=False)
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "plan-mini", "P-1", "prepare", "nl")
    walk(conv, {"known": "Eerste keer", "room": ["quiet"]})
    conv.note("Mijn eigen twijfel")
    sid = conv.session.id
    store.close()
    base = [sys.executable, "-m", "guide", "--lang", "nl", "sessions", "export", str(sid), "--flows", str(d),
            "--data-dir", str(tmp_path / "data"), "--format", "md"]
    plan = subprocess.run([*base, "--out", str(tmp_path / "plan.md")], capture_output=True, text=True,
                          timeout=60)
    mine = subprocess.run([*base, "--private", "--out", str(tmp_path / "me.md")], capture_output=True,
                          text=True, timeout=60)
    assert plan.returncode == 0 and mine.returncode == 0, plan.stderr + mine.stderr
    assert "Mijn eigen twijfel" not in (tmp_path / "plan.md").read_text(encoding="utf-8")
    assert (tmp_path / "me.md").read_text(encoding="utf-8").startswith("# Voor mezelf")


SCORED_SUB = """\
id: sub-choice
version: "1"
title: {nl: Deel, en: Part}
languages: [nl, en]
phases:
  - id: intake
    steps:
      - id: pick
        kind: choice
        text: {nl: Wat zeg je?, en: What do you say?}
        options:
          - value: listen
            label: {nl: Ik luister., en: I listen.}
            scores: {krachtlijn-3: 2}
          - value: form
            label: {nl: Eerst het formulier., en: The form first.}
            scores: {krachtlijn-3: -1}
"""

CALLS_SUB = """\
id: calls-sub
version: "1"
title: {nl: Geheel, en: Whole}
languages: [nl, en]
phases:
  - id: intake
    steps:
      - id: part
        kind: call
        flow: sub-choice
      - id: ticked
        kind: checklist
        optional: true
        text: {nl: Wat deed je?, en: What did you do?}
        options:
          - value: summary
            label: {nl: Een samenvatting, en: A summary}
            scores: {krachtlijn-7: 1}
      - id: done
        kind: end
        report: debrief
"""


def test_best_possible_follows_calls_and_never_counts_a_checklist(tmp_path):
    """A scored choice in a called flow is possible points; ticking a checklist is self-report, never
    points: the debrief and the end of the conversation say the same."""
    from guide.artefacts.transcript import finish_items
    from guide.run import scoring

    write_flow(tmp_path / "flows", "sub-choice.yaml", SCORED_SUB)
    write_flow(tmp_path / "flows", "calls-sub.yaml", CALLS_SUB)
    lib = library.load(flow_dirs=[tmp_path / "flows"], include_user=False)
    store = Store(tmp_path / "data")
    try:
        conv, _ = Conversation.start(store, lib, "calls-sub", "R-1", "rehearse", "en")
        walk(conv, {"pick": "form", "ticked": ["summary"]})
        assert conv.engine.finished
        assert scoring.best_possible(lib.flows, "calls-sub") == {"krachtlijn-3": 2}
        text = export.render(store.get(conv.session.id), lib, [], "en", "md", store)
        assert "| Line of strength 3 · Relational equality | -1 | 2 | -50% |" in text
        seven = "Line of strength 7 · Positive basic attitude, dialogue and participation"
        assert f"| {seven} | – | – | n/a |" in text  # the checklist ticked earns nothing
        end = finish_items(conv.engine, lib, "en")[-1].body
        assert end == "Line of strength 3 · Relational equality: -50% (-1/2)"
    finally:
        store.close()


TWO_COSTS = """\
id: two-costs
version: "1"
title: {nl: Twee keuzes, en: Two choices}
languages: [nl, en]
jobs: [rehearse]
phases:
  - id: intake
    steps:
      - id: first
        kind: choice
        text: {nl: Eerste vraag, en: First question}
        options:
          - value: listen
            label: {nl: Ik luister., en: I listen.}
            scores: {krachtlijn-3: 2}
          - value: nod
            label: {nl: Ik knik., en: I nod.}
            scores: {krachtlijn-3: 1}
      - id: second
        kind: choice
        text: {nl: Tweede vraag, en: Second question}
        options:
          - value: ask
            label: {nl: Wat is dringend?, en: What is urgent?}
            scores: {krachtlijn-7: 2}
          - value: form
            label: {nl: Eerst het formulier., en: The form first.}
            scores: {krachtlijn-7: -1}
      - id: done
        kind: end
        report: debrief
"""


def test_the_costliest_moments_say_1_point_and_3_points(tmp_path):
    """One point lost is "1 punt" / "1 point", never "1 punten" / "1 points"."""
    write_flow(tmp_path / "flows", "two-costs.yaml", TWO_COSTS)
    lib = library.load(flow_dirs=[tmp_path / "flows"], include_user=False)
    store = Store(tmp_path / "data")
    try:
        conv, _ = Conversation.start(store, lib, "two-costs", "R-1", "rehearse", "nl")
        walk(conv, {"first": "nod", "second": "form"})
        session = store.get(conv.session.id)
        nl = export.render(session, lib, [], "nl", "md", store)
        en = export.render(session, lib, [], "en", "md", store)
    finally:
        store.close()
    assert "**Ik knik.**: 1 punt onder het best mogelijke" in nl
    assert "**Eerst het formulier.**: 3 punten onder het best mogelijke" in nl
    assert "**I nod.**: 1 point below the best possible" in en
    assert "**The form first.**: 3 points below the best possible" in en
    assert "1 punten" not in nl and "1 points" not in en
