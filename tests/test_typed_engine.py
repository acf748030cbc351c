"""Typed play in the engine: `otherwise:` reactions, the neutral reaction, typed turns, resume."""

import pytest

from guide.flows import library
from guide.run.engine import AnswerError, Engine
from guide.storage.sessions import Conversation
from guide.storage.store import Store
from tests.conftest import write_flow

FLOW = """\
id: ty
version: "1"
title: {nl: Getypt, en: Typed}
languages: [nl, en]
persona: {name: Rik}
state:
  trust: {min: 0, max: 3, start: 2, label: {nl: Vertrouwen, en: Trust}}
phases:
  - id: intake
    steps:
      - id: c1
        kind: choice
        text: {nl: "Wat zeg je?", en: "What do you say?"}
        options:
          - {value: warm, label: {nl: Warm, en: Warm}, scores: {krachtlijn-7: 2}, effects: {trust: 1}}
          - {value: cold, label: {nl: Koud, en: Cold}, scores: {krachtlijn-7: -1}, effects: {trust: -1}}
        otherwise:
          say: {nl: "Wat bedoel je daarmee?", en: "What do you mean by that?"}
          think: {nl: "Ze luistert niet.", en: "She is not listening."}
          effects: {trust: -1}
        next:
          - if: trust <= 0
            goto: gone
          - else: c2
      - id: c2
        kind: choice
        text: {nl: "En nu?", en: "And now?"}
        options:
          - {value: a, label: {nl: A, en: A}, scores: {krachtlijn-2: 1}}
          - {value: b, label: {nl: B, en: B}, scores: {krachtlijn-2: -1}}
      - id: c3
        kind: choice
        text: {nl: "Tot slot?", en: "Finally?"}
        options:
          - {value: x, label: {nl: X, en: X}, scores: {krachtlijn-3: 2}}
          - {value: y, label: {nl: Y, en: Y}, scores: {krachtlijn-3: 0}}
        otherwise:
          say: {nl: "Ik ga.", en: "I am leaving."}
          effects: {trust: -3}
          scores: {krachtlijn-3: -1}
          next: gone
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
def ty(tmp_path):
    write_flow(tmp_path / "flows", "ty.yaml", FLOW)
    lib = library.load(flow_dirs=[tmp_path / "flows"], include_shipped=False, include_user=False)
    assert [p.format("en") for p in lib.problems if p.severity == "error"] == []
    return lib


def _typed(lib) -> Engine:
    eng = Engine(lib.flows, "ty", lib.programs, seed=0, typed=True)
    eng.start()
    return eng


def test_otherwise_shows_its_line_applies_its_effects_and_asks_again(ty):
    eng = _typed(ty)
    eng.say("blabla")
    events = eng.submit_otherwise()
    assert [(e.kind, e.text.get("en")) for e in events] == [
        ("say", "What do you mean by that?"), ("think", "She is not listening.")]
    assert eng.state == {"trust": 1} and eng.current.id == "c1"  # the same choice again
    assert "ty/c1" not in eng.answers  # never an option picked silently
    eng.say("Fijn dat je er bent")
    eng.submit("warm")
    assert eng.current.id == "c2" and eng.state == {"trust": 2}
    assert eng.typed_turns() == [
        {"key": "ty/c1", "text": "blabla", "option": None},
        {"key": "ty/c1", "text": "Fijn dat je er bent", "option": "warm"},
    ]


def test_without_otherwise_the_persona_reacts_neutrally_and_nothing_changes(ty):
    eng = _typed(ty)
    eng.say("Goed")
    eng.submit("warm")
    before = (dict(eng.state), dict(eng.answers), dict(eng.vars))
    eng.say("qwerty")
    first = eng.submit_otherwise()
    eng.say("asdf")
    second = eng.submit_otherwise()
    assert [e.kind for e in first + second] == ["say", "say"]
    assert first[0].text.get("nl") == "Rik kijkt je even aan. \u201eHoe bedoel je?\u201d"
    assert second[0].text.get("en") == "Rik says nothing and waits."
    assert (eng.state, eng.answers, eng.vars) == before and eng.current.id == "c2"
    assert eng.scores() == {"krachtlijn-7": (2, 2)}  # a repeated choice is not scored yet


def test_otherwise_effects_can_lead_to_a_walk_out(ty):
    eng = _typed(ty)
    eng.say("x")
    eng.submit_otherwise()  # trust 2 -> 1, asked again
    eng.say("y")
    eng.submit_otherwise()  # trust 1 -> 0: still the same choice, the next branch only follows an option
    assert eng.current.id == "c1" and eng.state == {"trust": 0}
    eng.say("Koud")
    eng.submit("cold")
    assert eng.finished and eng.ended_early and eng.end_step.id == "gone"


def test_otherwise_with_next_leaves_the_choice_and_counts_its_scores(ty):
    eng = _typed(ty)
    for words, value in (("warm", "warm"), ("a", "a")):
        eng.say(words)
        eng.submit(value)
    eng.say("iets heel anders")
    events = eng.submit_otherwise()
    assert [e.text.get("nl") for e in events] == ["Ik ga."]
    assert eng.finished and eng.ended_early and eng.state == {"trust": 0}
    assert eng.scores()["krachtlijn-3"] == (-1, 2)
    assert eng.back() and eng.current.id == "c3" and eng.state == {"trust": 3} and not eng.finished
    assert eng.typed_turns()[-1] == {"key": "ty/c2", "text": "a", "option": "a"}


def test_back_undoes_an_otherwise_turn(ty):
    eng = _typed(ty)
    eng.say("huh")
    eng.submit_otherwise()
    assert eng.back() and eng.state == {"trust": 2} and eng.typed_turns() == [] and eng.current.id == "c1"


def test_say_at_a_plain_choice_needs_typed_play(ty):
    eng = Engine(ty.flows, "ty", ty.programs, seed=0)
    eng.start()
    with pytest.raises(AnswerError):
        eng.say("hallo")
    assert eng.submit_otherwise()[0].kind == "say"  # the app's own flows may still use it untyped


def test_a_typed_session_resumes_mid_play_with_its_turns(ty, tmp_path):
    store = Store(tmp_path / "data")
    try:
        conv, _ = Conversation.start(store, ty, "ty", "oefening", "rehearse", "en", typed_play=True)
        conv.say("onzin", conv.position())
        conv.submit_otherwise(conv.position())
        conv.say("Welkom", conv.position())
        conv.submit("warm", conv.position())
        conv.close()
        again = Conversation.resume(store, ty, conv.session.id)
        eng = again.engine
        assert eng.typed and eng.current.id == "c2" and eng.state == {"trust": 2}
        assert eng.typed_turns() == [
            {"key": "ty/c1", "text": "onzin", "option": None},
            {"key": "ty/c1", "text": "Welkom", "option": "warm"},
        ]
        assert [c[1] for c in store.changes(conv.session.id)] == ["say", "otherwise", "say", "answer"]
        again.close()
    finally:
        store.close()
