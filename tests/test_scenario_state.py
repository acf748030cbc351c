"""Every shipped role-play has a client who reacts: state that changes the path, resistance,
one walk-out that a single slip never causes, and "say it yourself first" where it counts."""

import pytest
import yaml

from guide.flows.fairness import points, scored_choices
from guide.run.engine import Engine
from tests.conftest import ROOT

SCENARIOS = sorted(p.name[: -len(".yaml")] for p in (ROOT / "flows" / "scenarios").glob("rp-*.yaml")
                   if not p.name.endswith(".plan.yaml"))


def _plans(fid):
    return yaml.safe_load((ROOT / "flows" / "scenarios" / f"{fid}.plan.yaml").read_text(encoding="utf-8"))[
        "plans"
    ]


def _to_next_choice(engine):
    """Continue lines and fill other inputs until a choice (or the end) is current."""
    while (step := engine.current) is not None and step.kind != "choice":
        if step.needs_input and step.optional:
            engine.skip()
        elif step.needs_input:
            engine.submit("...")
        else:
            engine.submit()


def _walk(lib, fid, answers):
    """The steps shown, in order, when a plan's answers are given."""
    engine = Engine(lib.flows, fid, lib.programs, seed=0)
    shown = []
    try:
        engine.start()
        while True:
            _to_next_choice(engine)
            step = engine.current
            if step is None:
                break
            shown.append(step.id)
            engine.submit(answers[step.id])
        return shown, engine.ended_early
    finally:
        engine.close()


def _every_step(lib, fid, answers):
    """Every step a plan's answers pass through, lines included, in order."""
    engine = Engine(lib.flows, fid, lib.programs, seed=0)
    steps = []
    try:
        engine.start()
        while (step := engine.current) is not None:
            steps.append(step.id)
            if step.kind == "choice":
                engine.submit(answers[step.id])
            elif step.needs_input and step.optional:
                engine.skip()
            elif step.needs_input:
                engine.submit("...")
            else:
                engine.submit()
        return steps
    finally:
        engine.close()


def _every_path(lib, fid):
    """(points of each choice made, ended early) for every way through the scored choices."""
    engine = Engine(lib.flows, fid, lib.programs, seed=0)
    engine.start()
    _to_next_choice(engine)
    todo = [(engine.to_state(), [])]
    engine.close()
    out = []
    while todo:
        state, made = todo.pop()
        here = Engine.from_state(lib.flows, state, lib.programs)
        step = here.current
        here.close()
        if step is None:
            done = Engine.from_state(lib.flows, state, lib.programs)
            out.append((made, done.ended_early))
            done.close()
            continue
        for opt in step.options:
            branch = Engine.from_state(lib.flows, state, lib.programs)
            branch.submit(opt.value)
            _to_next_choice(branch)
            todo.append((branch.to_state(), made + [points(opt)]))
            branch.close()
    return out


@pytest.mark.parametrize("fid", SCENARIOS)
def test_the_client_state_not_only_the_answer_changes_the_path(lib, fid):
    flow = lib.flows[fid]
    assert flow.state, fid
    conds = [s.when for s in flow.steps() if s.when is not None]
    conds += [b.cond for s in flow.steps() for b in s.next if b.cond is not None]
    assert any(c.names & set(flow.state) for c in conds), fid
    # two plans give the same answer at a choice, and the client goes on differently:
    # what came before (the state) decided, not this answer
    after = {}
    for plan in _plans(fid):
        answers = {k: str(v) for k, v in plan["answers"].items()}
        steps = _every_step(lib, fid, answers)
        for here, following in zip(steps, steps[1:], strict=False):
            if here in answers:
                after.setdefault((here, answers[here]), set()).add(following)
    assert any(len(nexts) > 1 for nexts in after.values()), fid


@pytest.mark.parametrize("fid", SCENARIOS)
def test_one_walk_out_that_a_single_slip_never_causes(lib, fid):
    flow = lib.flows[fid]
    early = [s for s in flow.steps() if s.kind == "end" and s.early]
    assert len(early) == 1 and early[0].why.get("nl") and early[0].why.get("en"), fid
    paths = _every_path(lib, fid)
    walked_out = [made for made, gone in paths if gone]
    assert walked_out, fid
    # it takes at least two moves that earn nothing to lose the client
    assert min(sum(p <= 0 for p in made) for made in walked_out) >= 2, fid
    # the best answer at every choice keeps the client to the end
    best = [made for made, gone in paths if not gone and len(made) == len(scored_choices(flow))]
    assert best, fid


@pytest.mark.parametrize("fid", SCENARIOS)
def test_plans_cover_best_worst_early_end_and_resistance(lib, fid):
    plans = _plans(fid)
    names = [p["name"].lower() for p in plans]
    assert names[0].startswith("best") and names[1].startswith("worst"), names
    assert any(n.startswith("resistance") for n in names), names
    ended = [p["expect"].get("ended") for p in plans]
    assert ended[0] == "normal"
    assert ended.count("early") >= 2, fid  # the worst path and at least one more
    for plan, said in zip(plans, ended, strict=True):
        _shown, gone = _walk(lib, fid, {k: str(v) for k, v in plan["answers"].items()})
        assert gone == (said == "early"), (fid, plan["name"])


@pytest.mark.parametrize("fid", SCENARIOS)
def test_say_it_yourself_first_at_the_first_and_one_harder_choice(lib, fid):
    choices = scored_choices(lib.flows[fid])
    assert choices[0].say_first, fid
    assert sum(s.say_first for s in choices) == 2, fid
