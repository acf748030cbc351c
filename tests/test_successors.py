"""One rule for what follows a step: the engine, the checks and the graph agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.flows import graph, library
from guide.flows.checks import END as CHECK_END
from guide.flows.checks import successors as check_successors
from guide.flows.successors import END, flow_edges
from guide.run.engine import END_STATE, Engine, Program
from tests.conftest import ROOT, write_flow

SHIPPED = library.load(include_user=False).flows
FIXTURES = library.load(flow_dirs=[ROOT / "tests" / "fixtures" / "graph"], include_shipped=False,
                        include_user=False).flows
ALL = {**SHIPPED, **FIXTURES}


def _engine_targets(prog: Program, step_id: str) -> set[str]:
    out = set()
    for trigger in ("advance", "pass_over"):
        for t in prog.machine.get_transitions(trigger=trigger, source=step_id):
            out.add(t.dest)
    return out


def _per_step(flow):
    steps = list(flow.steps())
    index = {s.id: i for i, s in enumerate(steps)}
    checks = check_successors(flow, index)
    prog = Program(flow)
    drawn: dict[str, set[str]] = {}
    for e in graph.edges(flow, "en"):
        drawn.setdefault(e.source, set()).add(e.target)
    for i, step in enumerate(steps):
        from_checks = {END if j == CHECK_END else steps[j].id for j in checks[i]}
        yield step, from_checks, _engine_targets(prog, step.id), drawn.get(step.id, set())


@pytest.mark.parametrize("flow_id", sorted(ALL))
def test_engine_checks_and_graph_agree_on_every_step(flow_id):
    flow = ALL[flow_id]
    assert END == END_STATE
    for step, from_checks, from_engine, from_graph in _per_step(flow):
        # An end step finishes its flow in the engine itself, not through a transition.
        finishes = {END} if step.kind == "end" else set()
        assert from_checks == from_graph, step.id
        assert from_engine | finishes == from_checks, step.id
        assert from_checks, f"{step.id}: every step leads somewhere"


def test_every_shipped_flow_is_covered():
    assert len(SHIPPED) >= 13 and {"intake", "rp-energie"} <= set(SHIPPED)


TRICKY = """\
id: tricky
version: "1"
title: {nl: Lastig, en: Tricky}
languages: [nl, en]
variables:
  pick: {type: choice}
  many: {type: set}
phases:
  - id: intake
    steps:
      - id: pick
        kind: choice
        optional: true
        set: pick
        text: {nl: Kies, en: Pick}
        options:
          - {value: a, label: {nl: A, en: A}, next: after_a}
          - {value: b, label: {nl: B, en: B}, next: after_b}
        next: skipped
      - id: after_a
        kind: ask
        text: {nl: A, en: A}
        next: many
      - id: after_b
        kind: ask
        text: {nl: B, en: B}
        next: many
      - id: only_x
        kind: ask
        text: {nl: Enkel via x, en: Only through x}
        next: many
      - id: skipped
        kind: ask
        text: {nl: Overgeslagen, en: Skipped}
      - id: many
        kind: multi
        set: many
        text: {nl: Welke?, en: Which?}
        options:
          - {value: x, label: {nl: X, en: X}, next: only_x}
          - {value: y, label: {nl: Y, en: Y}}
      - id: last
        kind: end
        when: pick == "a"
        text: {nl: Einde, en: End}
  - id: closure
    when: pick == "b"
    steps:
      - id: never
        kind: ask
        when: pick != "a"
        text: {nl: Nooit, en: Never}
      - id: bye
        kind: end
        text: {nl: Dag, en: Bye}
"""


@pytest.fixture()
def tricky(tmp_path: Path):
    write_flow(tmp_path / "flows", "tricky.yaml", TRICKY)
    lib = library.load(flow_dirs=[tmp_path / "flows"], include_shipped=False, include_user=False)
    return lib


def test_skipping_an_optional_choice_takes_the_fallback_and_the_checks_know(tricky):
    # Every option has a `next`, but skipping the step falls through to `next: skipped`:
    # the checks once called `skipped` unreachable here.
    assert [p.code for p in tricky.problems] == ["unreachable"]  # only `only_x`, see below
    engine = Engine(tricky.flows, "tricky")
    engine.start()
    engine.skip()
    assert engine.current.id == "skipped"
    assert "skipped" in {e.target for e in graph.edges(tricky.flows["tricky"]) if e.source == "pick"}


def test_an_option_next_on_a_multi_step_is_never_taken(tricky):
    # The engine follows an option's `next` only for a choice; the checks and the
    # graph used to count the multi step's `next: only_x` as a way on.
    engine = Engine(tricky.flows, "tricky")
    engine.start()
    engine.submit("a")
    engine.submit()
    engine.submit(["x"])
    assert engine.finished and engine.end_step.id == "last"  # not only_x
    problem = tricky.problems[0]
    assert problem.code == "unreachable" and problem.params["id"] == "only_x"
    edges = flow_edges(tricky.flows["tricky"])
    many = next(e for s, e in edges if s.id == "many")
    assert [(e.target, e.kind) for e in many] == [("last", "linear")]


def test_a_guarded_end_step_and_both_guards_are_drawn(tricky):
    flow = tricky.flows["tricky"]
    drawn = graph.edges(flow, "en")
    last = [(e.target, e.label, e.skip) for e in drawn if e.source == "last"]
    assert last == [("never", 'skip unless pick == "a"', True), (END, "", False)]
    never = next(e for e in drawn if e.source == "never" and e.skip)
    assert never.label == 'skip unless (pick == "b") and (pick != "a")'
    # a skipped guarded end step goes on in the engine, as drawn
    engine = Engine(tricky.flows, "tricky")
    engine.start()
    engine.submit("b")
    engine.submit()
    engine.submit(["y"])
    assert engine.current.id == "never" and not engine.finished


def test_after_a_choice_whose_every_answer_goes_elsewhere_nothing_else_is_drawn():
    flow = SHIPPED["rp-energie"]
    step = next(s for s in flow.steps() if s.id == "c_first")
    assert all(o.next for o in step.options) and not step.optional
    out = {e.target for e in graph.edges(flow) if e.source == "c_first"}
    assert out == {o.next for o in step.options}
