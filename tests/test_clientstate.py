"""A client who reacts: state with bounds, effects, conditions on state, early ends, say-first."""

import pytest

from guide.flows import library
from guide.run.engine import AnswerError, Engine
from guide.run.plans import run_plan_file
from guide.storage.sessions import Conversation
from guide.storage.store import Store
from tests.conftest import write_flow

FLOW = """\
id: st
version: "1"
title: {nl: Staat, en: State}
languages: [nl, en]
persona: {name: Rik}
state:
  trust: {min: 0, max: 3, start: 1, label: {nl: Vertrouwen, en: Trust}}
phases:
  - id: intake
    steps:
      - id: hi
        kind: line
        say: {nl: Dag., en: Hi.}
        think: {nl: "Wie is dat?", en: "Who is this?"}
      - id: c1
        kind: choice
        say_first: true
        text: {nl: "Wat zeg je?", en: "What do you say?"}
        options:
          - {value: warm, label: {nl: Warm, en: Warm}, scores: {krachtlijn-7: 2}, effects: {trust: 5}}
          - {value: cold, label: {nl: Koud, en: Cold}, scores: {krachtlijn-7: -1}, effects: {trust: -1}}
        next:
          - if: trust <= 0
            goto: gone
          - else: c2
      - id: c2
        kind: choice
        text: {nl: "En nu?", en: "And now?"}
        options:
          - {value: a, label: {nl: A, en: A}, scores: {krachtlijn-2: 1}, effects: {trust: -1}}
          - {value: b, label: {nl: B, en: B}, scores: {krachtlijn-2: -1}}
      - id: open
        kind: line
        when: trust >= 2
        say: {nl: Oké dan., en: Okay then.}
      - id: done
        kind: end
        report: debrief
        text: {nl: Klaar., en: Done.}
      - id: gone
        kind: end
        early: true
        report: debrief
        text: {nl: Rik is weg., en: Rik has left.}
        why: {nl: Rik voelde zich niet gehoord., en: Rik did not feel heard.}
"""


@pytest.fixture
def st(tmp_path):
    write_flow(tmp_path / "flows", "st.yaml", FLOW)
    lib = library.load(flow_dirs=[tmp_path / "flows"], include_shipped=False, include_user=False)
    assert [p.format("en") for p in lib.problems if p.severity == "error"] == []
    return lib


def _to_choice(lib) -> Engine:
    eng = Engine(lib.flows, "st", lib.programs, seed=0)
    eng.start()
    eng.submit()  # the line
    return eng


def test_state_starts_at_start_and_effects_are_clamped(st):
    eng = _to_choice(st)
    assert eng.state == {"trust": 1}
    eng.say("")
    eng.submit("warm")
    assert eng.state == {"trust": 3}  # 1 + 5, clamped to max 3
    eng.submit("a")
    assert eng.state == {"trust": 2}
    assert eng.current.id == "open"  # `when: trust >= 2` reads the state


def test_an_effect_changes_the_path_and_ends_early(st):
    eng = _to_choice(st)
    eng.say("Hallo")
    eng.submit("cold")
    assert eng.state == {"trust": 0}
    assert eng.finished and eng.ended_early and eng.end_step.id == "gone"


def test_back_restores_the_state_exactly_and_resume_is_exact(st):
    eng = _to_choice(st)
    eng.say("Dag Rik")
    eng.submit("warm")
    eng.submit("a")
    saved = eng.to_state()
    again = Engine.from_state(st.flows, saved, st.programs)
    assert again.state == {"trust": 2} and again.said == {"st/c1": "Dag Rik"}
    assert again.timeline() == eng.timeline() == [("", {"trust": 1}), ("st/c1", {"trust": 3}),
                                                  ("st/c2", {"trust": 2})]
    assert again.back() and again.state == {"trust": 3} and again.current.id == "c2"
    assert again.back() and again.state == {"trust": 1} and again.current.id == "c1"
    # at a say-first choice with words typed, back takes the words back first
    assert again.said and again.back() and again.said == {} and again.current.id == "c1"
    assert again.needs_words()


def test_a_session_will_not_take_a_choice_before_the_own_words(st, tmp_path):
    store = Store(tmp_path / "data")
    try:
        conv, _ = Conversation.start(store, st, "st", "oefening", "rehearse", "en")
        conv.submit(None)  # the line
        with pytest.raises(AnswerError) as info:
            conv.submit("warm")
        assert info.value.code == "state.say-first"
        conv.say("Fijn dat je er bent", conv.position())
        # on disk before the options appear
        on_disk = Engine.from_state(st.flows, store.get(conv.session.id).state, st.programs)
        assert on_disk.said == {"st/c1": "Fijn dat je er bent"} and not on_disk.needs_words()
        conv.submit("warm")
        assert store.get(conv.session.id).state["state"] == {"trust": 3}
        conv.close()
    finally:
        store.close()


def test_own_words_with_a_national_number_are_refused(st):
    eng = _to_choice(st)
    with pytest.raises(AnswerError):
        eng.say("rijksregister 85.07.30-033.28")
    assert eng.needs_words()


PLAN = """\
flow: st
plans:
  - name: warm
    answers: {c1: warm, c2: a}
    said: {c1: "Dag Rik"}
    expect:
      state: {trust: 2}
      ended: normal
  - name: cold
    answers: {c1: cold}
    expect:
      state: {trust: 0}
      ended: early
  - name: wrong on purpose
    answers: {c1: cold}
    expect:
      state: {trust: 3}
      ended: normal
"""


def test_plans_check_the_final_state_and_how_it_ended(st, tmp_path):
    path = write_flow(tmp_path / "flows", "st.plan.yaml", PLAN)
    results, problems = run_plan_file(path, st, "st.plan.yaml", "en")
    assert problems == []
    assert [r.ok for r in results] == [True, True, False]
    messages = results[2].messages("en")
    assert any("state trust: expected 3, got 0" in m for m in messages), messages
    assert any("ended: expected normal, got early" in m for m in messages), messages


def test_the_shipped_energy_scenario_walks_out_when_trust_is_gone(lib):
    eng = Engine(lib.flows, "rp-energie", lib.programs, seed=0)
    try:
        eng.start()
        eng.submit()
        eng.submit()
        assert eng.current.id == "c_first" and eng.needs_words()
        eng.say("")
        eng.submit("papers")
        eng.submit()
        eng.submit("why_empty")
        eng.submit()
        assert eng.ended_early and eng.end_step.why is not None
    finally:
        eng.close()


def _finished_session(lib, tmp_path, answers, said="Mijn <b>eigen</b> woorden & meer"):
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "st", "oefening", "rehearse", "en")
    while conv.engine.current is not None:
        step = conv.engine.current
        if step.needs_input:
            if conv.engine.needs_words(step):
                conv.say(said)
            conv.submit(answers[step.id])
        else:
            conv.submit()
    return store, conv


def test_the_debrief_charts_the_state_explains_the_early_end_and_sets_own_words_beside_the_best(st, tmp_path):
    from guide.artefacts import export

    store, conv = _finished_session(st, tmp_path, {"c1": "cold"})
    try:
        report = export.build(store.get(conv.session.id), st, [], "en", store)
        md = report.markdown
        lines = md.splitlines()
        # the early end explains itself first
        assert lines[0] == "# Debrief" and lines[2] == "## The conversation ended early"
        assert lines[4] == "Rik did not feel heard."
        assert "| Moment | Trust |" in md and "| start | 1 |" in md and "| 1. What do you say? | 0 |" in md
        row = next(line for line in lines if line.startswith("| What do you say?"))
        assert "\\<b\\>eigen\\</b\\> woorden \\& meer" in row  # typed text escaped
        assert "| Cold | Warm |" in row  # chosen, then the best option
        page = report.html
        svg = page[
            page.index("<svg", page.index('class="chart"', page.index("How the client reacted") - 2000)) :
        ]
        assert 'viewBox="0 0 ' in page and "<title>How the client reacted</title>" in page
        assert "<b>eigen</b>" not in page and "&lt;b&gt;eigen&lt;/b&gt;" in page
        assert ">0</text>" in svg and ">1</text>" in svg  # every value labelled
    finally:
        conv.close()
        store.close()


def test_play_on_stdin_asks_for_own_words_first_and_prints_the_chart(st, tmp_path):
    import io

    from guide.cli import player
    from guide.cli.player import Terminal

    store, conv = _finished_session(st, tmp_path, {"c1": "warm", "c2": "b"})
    conv.close()
    store.close()
    out = io.StringIO()
    inp = io.StringIO("\nHallo Rik\n1\n2\n\n")
    term = Terminal("en", out=out, inp=inp, binnenkant="after")

    class Args:
        flows = [tmp_path / "flows"]
        flow = "st"
        data_dir = str(tmp_path / "data2")
        label = "P-1"
        new = True
        job = None
        take_over = False

    assert player.play(Args, "en", term) == 0
    text = out.getvalue()
    assert text.index("What would you say?") < text.index("1) Warm")  # the options only after the words
    assert "Who is this?" in text and text.index("Who is this?") > text.index("1) Warm")  # binnenkant after
    assert "How the client reacted" in text and "Trust" in text and "(0–3)" in text
    assert "Your words: Hallo Rik" in text and "Your choice: Warm" in text
    assert "Best option: the same one (you took the best)" in text  # not the option twice
