"""What simple tricks earn in a role-play, against the best path through it."""

from __future__ import annotations

import json
import random

from guide.flows.fairness import is_question, points, warmth
from guide.flows.model import Flow, Step
from guide.flows.successors import END, flow_edges
from guide.run.engine import Engine


def _total(engine: Engine) -> int:
    return sum(got for got, _best in engine.scores().values())


def _fill(engine: Engine, step: Step):
    """An answer for an input that is not a scored choice."""
    if step.optional:
        return None
    if step.kind == "text":
        return "..."
    if step.kind == "scale":
        return step.min
    if step.kind in ("multi", "checklist"):
        return [step.options[0].value] if step.kind == "multi" else []
    return engine.options(step)[0].value


def _advance(engine: Engine, value) -> None:
    step = engine.current
    if value is None and step is not None and step.needs_input:
        engine.skip()
    else:
        engine.submit(value)


def strategy_total(flows: dict[str, Flow], flow_id: str, pick, seed: int = 0, programs=None) -> int:
    """Points earned when every scored choice is answered by `pick(options shown)`."""
    engine = Engine(flows, flow_id, programs, seed=seed)
    try:
        engine.start()
        for _ in range(5000):
            step = engine.current
            if step is None:
                break
            if step.kind == "choice" and any(o.scores for o in step.options):
                _advance(engine, pick(engine.options(step)).value)
            elif step.needs_input:
                _advance(engine, _fill(engine, step))
            else:
                engine.submit()
        return _total(engine)
    finally:
        engine.close()


def _condition_names(flows: dict[str, Flow]) -> set[str]:
    """Every variable a condition reads: the rest cannot change the path."""
    names: set[str] = set()
    for flow in flows.values():
        for phase in flow.phases:
            if phase.when is not None:
                names |= phase.when.names
        for step in flow.steps():
            for expr in [step.when] + [b.cond for b in step.next]:
                if expr is not None:
                    names |= expr.names
    return names


def _live_names(flows: dict[str, Flow]) -> dict[tuple[str, str], frozenset[str]]:
    """Per (flow, step): the variables a condition may still read from that step on, in its own flow
    and in every flow it may call. Only these can change what is still to earn there."""
    edges = {fid: flow_edges(flow) for fid, flow in flows.items()}
    reads = {fid: {step.id: {n for e in out for x in e.exprs for n in x.names} for step, out in pairs}
             for fid, pairs in edges.items()}

    def deep(fid: str, seen: set[str]) -> set[str]:  # a called flow's names, and its callees'
        seen.add(fid)
        names = set().union(*reads[fid].values())
        for step, _out in edges[fid]:
            if step.kind == "call" and step.flow in flows and step.flow not in seen:
                names |= deep(step.flow, seen)
        return names

    live: dict[tuple[str, str], frozenset[str]] = {}
    for fid, pairs in edges.items():
        found = {step.id: reads[fid][step.id] | (deep(step.flow, set()) if step.kind == "call"
                                                 and step.flow in flows else set()) for step, _out in pairs}
        changed = True
        while changed:  # until nothing more can be read further on
            changed = False
            for step, out in pairs:
                before = len(found[step.id])
                for e in out:
                    found[step.id] |= found.get(e.target, set()) if e.target != END else set()
                changed = changed or len(found[step.id]) != before
        live.update({(fid, sid): frozenset(names) for sid, names in found.items()})
    return live


def best_total(flows: dict[str, Flow], flow_id: str, programs=None) -> int:
    """The most points any path through the flow earns.

    What is still to earn depends only on where the conversation is and on
    the variables a condition may still read from there, so each such point
    is solved once.
    """
    programs = {} if programs is None else programs
    memo: dict[str, int] = {}
    used = _condition_names(flows)
    live = _live_names(flows)

    def rest(state: dict) -> int:
        ahead: set[str] = set()
        for frame in state["stack"]:
            ahead |= live.get((frame[0], frame[1]), used)
        seen = {k: v for k, v in state["vars"].items() if k in ahead}
        key = json.dumps([state["stack"], seen, state.get("state"), state["finished"]], sort_keys=True)
        if key in memo:
            return memo[key]
        choice = _next_scored_choice(flows, state, programs)
        if choice is None:
            memo[key] = 0
            return 0
        step, here = choice
        totals = []  # a choice that scores has options
        for opt in step.options:
            branch = Engine.from_state(flows, here, programs)
            branch.submit(opt.value)
            after = branch.to_state()
            branch.close()
            totals.append(points(opt) + rest(after))
        found = memo[key] = max(totals)
        return found

    engine = Engine(flows, flow_id, programs, seed=0)
    engine.start()
    state = engine.to_state()
    engine.close()
    return rest(state)


def _next_scored_choice(flows: dict[str, Flow], state: dict, programs) -> tuple[Step, dict] | None:
    """From `state`, every step answered as it comes until a choice that scores:
    (that step, the state there), or None when the flow ends first."""
    engine = Engine.from_state(flows, state, programs)
    try:
        while (step := engine.current) is not None and not (
            step.kind == "choice" and any(o.scores for o in step.options)
        ):
            if step.needs_input:
                _advance(engine, _fill(engine, step))
            else:
                engine.submit()
        if step is None:
            return None
        return step, engine.to_state()
    finally:
        engine.close()


def figures(flows: dict[str, Flow], flow_id: str, walks: int = 200) -> dict[str, float]:
    """Best total and, as a share of it, what five tricks earn: the longest label, the first
    option, a random one, the one with the most warm words, the only question."""
    programs: dict = {}
    best = best_total(flows, flow_id, programs)

    def longest(lang):
        return lambda opts: max(opts, key=lambda o: len(o.label.get(lang)))

    longest_nl = strategy_total(flows, flow_id, longest("nl"), programs=programs)
    longest_en = strategy_total(flows, flow_id, longest("en"), programs=programs)
    first = strategy_total(flows, flow_id, lambda opts: opts[0], programs=programs)

    def warm(lang):
        return lambda opts: max(opts, key=lambda o: warmth(o.label.get(lang), lang))

    def question(lang):
        def pick(opts):
            asking = [o for o in opts if is_question(o.label.get(lang))]
            return asking[0] if len(asking) == 1 else opts[0]
        return pick

    by_lang = {
        name: max(strategy_total(flows, flow_id, make(lang), programs=programs) for lang in ("nl", "en"))
        for name, make in (("warm-words", warm), ("lone-question", question))
    }
    rng = random.Random(15)
    randoms = [
        strategy_total(flows, flow_id, rng.choice, seed=n + 1, programs=programs) for n in range(walks)
    ]

    def share(x: float) -> float:
        return round(x / best, 2) if best > 0 else 0.0

    return {
        "best": best,
        "longest": share(max(longest_nl, longest_en)),
        "first": share(first),
        "random": share(sum(randoms) / len(randoms)),
        "warm-words": share(by_lang["warm-words"]),
        "lone-question": share(by_lang["lone-question"]),
    }
