"""The engine: moving, branching, guards, sub-flows, back/undo and JSON state."""

import json
import subprocess
import sys

import pytest

from guide.flows import library
from guide.run.engine import AnswerError, Engine, RestoreError
from tests.conftest import MINI, ROOT, write_flow

CALLER = """\
id: caller
version: "1"
title: {nl: Beller, en: Caller}
languages: [nl, en]
variables:
  mood: {type: choice, values: [good, bad]}
phases:
  - id: intake
    steps:
      - id: first
        kind: cue
        focus: krachtlijn-7
        text: {nl: Eerst, en: First}
      - id: sub
        kind: call
        flow: mini
        next:
          - if: mood == "bad"
            goto: comfort
          - else: last
      - id: comfort
        kind: cue
        focus: [presentie-bogus]
        text: {nl: Troost, en: Comfort}
      - id: last
        kind: ask
        text: {nl: Laatste, en: Last}
""".replace("[presentie-bogus]", "[krachtlijn-3]")


@pytest.fixture
def flows(tmp_path):
    d = tmp_path / "flows"
    write_flow(d, "mini.yaml", MINI)
    write_flow(d, "caller.yaml", CALLER)
    lib = library.load(flow_dirs=[d], include_shipped=True, include_user=False)
    for f in lib.files:
        if f.flow and f.flow.id in ("mini", "caller"):
            assert f.problems == [], [p.format("en") for p in f.problems]
    return lib


def test_walks_branches_and_records_answers(flows):
    eng = Engine(flows.flows, "mini")
    eng.start()
    assert eng.current.id == "hello"
    eng.submit()
    events = eng.submit("bad")
    assert [e.kind for e in events] == ["think"]
    assert eng.current.id == "why"
    eng.submit("Niemand belt terug")
    assert eng.finished and eng.end_step.id == "bye"
    assert eng.answers == {"mini/mood": "bad", "mini/why": "Niemand belt terug"}
    assert eng.scores() == {"krachtlijn-3": (-1, 2)}


def test_refuses_bad_answers_without_moving(flows):
    eng = Engine(flows.flows, "mini")
    eng.start()
    eng.submit()
    with pytest.raises(AnswerError) as err:
        eng.submit("maybe")
    assert err.value.code == "engine.pick-one"
    assert eng.current.id == "mood" and eng.answers == {}
    with pytest.raises(AnswerError):
        eng.skip()  # not optional


def test_back_undoes_answer_and_position(flows):
    eng = Engine(flows.flows, "mini")
    eng.start()
    eng.submit()
    eng.submit("bad")
    assert eng.vars == {"mood": "bad"}
    assert eng.back()
    assert eng.current.id == "mood"
    assert eng.vars == {} and eng.answers == {}
    eng.submit("good")
    assert eng.finished
    assert eng.back() and eng.current.id == "mood" and not eng.finished
    assert eng.back() and eng.current.id == "hello"
    assert not eng.back()


def test_call_returns_and_branches_on_sub_flow_answer(flows):
    eng = Engine(flows.flows, "caller")
    eng.start()
    eng.submit()  # first
    assert eng.stack[-1].flow_id == "mini" and eng.current.id == "hello"
    eng.submit()
    eng.submit("bad")
    eng.submit("moe")
    assert eng.stack[-1].flow_id == "caller" and eng.current.id == "comfort"
    assert eng.path() == ["caller/first", "mini/hello", "mini/mood", "mini/why", "caller/comfort"]
    # back crosses the call boundary
    eng.back()
    assert eng.stack[-1].flow_id == "mini" and eng.current.id == "why"


def test_state_round_trips_through_plain_json(flows):
    eng = Engine(flows.flows, "caller")
    eng.start()
    eng.submit()
    eng.submit()
    eng.submit("bad")
    text = json.dumps(eng.to_state())
    again = Engine.from_state(flows.flows, json.loads(text))
    assert again.to_state() == eng.to_state()
    assert again.current.id == "why" and again.stack[-1].flow_id == "mini"
    again.submit("x")
    assert again.current.id == "comfort"
    again.back()
    again.back()
    assert again.current.id == "mood" and again.answers == {}


def test_restore_reports_missing_step(flows):
    state = Engine(flows.flows, "mini").to_state()
    state["stack"] = [["mini", "gone"]]
    with pytest.raises(RestoreError) as err:
        Engine.from_state(flows.flows, state)
    assert err.value.code == "engine.missing-step"


def test_guards_skip_steps_and_unanswered_is_false(lib):
    eng = Engine(lib.flows, "intake")
    eng.start()
    seen = []
    answers = {"acute": "none", "notes": "yes", "welcome": 5}
    while eng.current:
        step = eng.current
        seen.append(step.id)
        if step.needs_input:
            if step.id in answers:
                eng.submit(answers[step.id])
            else:
                eng.skip()
        else:
            eng.submit()
    assert "low_welcome" not in seen and "acute_card" not in seen and "notes_respect" not in seen


def test_text_answer_with_national_number_is_refused(flows):
    eng = Engine(flows.flows, "mini")
    eng.start()
    eng.submit()
    eng.submit("bad")
    with pytest.raises(AnswerError) as err:
        eng.submit("Zijn nummer is 85.07.30-033.28, noteer dat")
    assert err.value.code == "privacy.insz"
    assert eng.current.id == "why" and "mini/why" not in eng.answers


@pytest.mark.parametrize("module",
                         ["guide.run.engine", "guide.flows.library", "guide.storage.store",
                          "guide.storage.sessions", "guide.cli", "guide.run.plans", "guide.artefacts.export"])
def test_core_modules_do_not_import_textual(module):
    code = f"import sys, {module}; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
