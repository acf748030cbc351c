"""A session's score per krachtlijn: the one function every score shown uses.

A score is (earned, best possible). Earned: the points of the choices answered (Engine.scores).
Best possible: the most points any path through the whole scenario earns, whatever path was walked,
so a client who walked out leaves the points still to earn as missed, never as "not tested". The end
of `bindkracht play`, the app's end of a conversation, the debrief, the exports and the group view
all read it here.
"""

from __future__ import annotations

from guide.flows import krachtlijnen
from guide.flows.model import KRACHTLIJNEN, Flow, Step
from guide.flows.successors import END, flow_edges

TYPE_CHECKING = False  # typing's flag, without importing typing (start-up time)
if TYPE_CHECKING:
    from guide.run.engine import Engine


def table(engine: Engine) -> dict[str, tuple[int, int]]:
    """Per krachtlijn 1-10 (then other tags): (earned, best over the whole scenario)."""
    got = {tag: g for tag, (g, _b) in engine.scores().items()}
    best = best_possible(engine.flows, engine.root)
    tags = krachtlijnen.ordered(set(KRACHTLIJNEN) | set(got) | set(best))
    return {tag: (got.get(tag, 0), best.get(tag, 0)) for tag in tags}


def tested(engine: Engine) -> dict[str, tuple[int, int]]:
    """The rows of `table` with points possible or earned: what an end screen lists."""
    return {tag: (got, best) for tag, (got, best) in table(engine).items() if best > 0 or got}


def best_possible(flows: dict[str, Flow], root: str) -> dict[str, int]:
    """Per tag, the most points any path through the flow (and the flows it calls) earns."""
    tags = {tag for flow_id in _called(flows, root) for step in flows[flow_id].steps()
            for tag in _tags(step)}
    graphs: dict[str, tuple[list[Step], list[set[int]]]] = {}
    return {tag: _most(flows, root, tag, frozenset(), graphs) for tag in tags}


def _called(flows: dict[str, Flow], root: str) -> set[str]:
    """The flow and every flow it calls, directly or further down."""
    found, todo = set(), [root]
    while todo:
        flow_id = todo.pop()
        if flow_id in found or flow_id not in flows:
            continue
        found.add(flow_id)
        todo += [s.flow for s in flows[flow_id].steps() if s.kind == "call" and s.flow]
    return found


def _tags(step: Step) -> set[str]:
    """The tags a step can score: a single choice's options and its otherwise (a checklist never scores)."""
    if step.kind != "choice":
        return set()
    tags = {tag for o in step.options for tag in o.scores}
    return tags | set(step.otherwise.scores) if step.otherwise is not None else tags


def _graph(flow: Flow) -> tuple[list[Step], list[set[int]]]:
    """The steps in order, and per step the index of every step (or -1: the end) that may follow it."""
    steps = list(flow.steps())
    index = {s.id: i for i, s in enumerate(steps)}
    following = [{-1 if e.target == END else index[e.target]
                  for e in edges if e.target == END or e.target in index}
                 for _, edges in flow_edges(flow)]
    return steps, following


def _most(flows: dict[str, Flow], flow_id: str, tag: str, calling: frozenset, graphs: dict) -> int:
    """The most points of `tag` one path through `flow_id` earns; a call adds its flow's most."""
    if flow_id not in graphs:
        graphs[flow_id] = _graph(flows[flow_id])
    steps, following = graphs[flow_id]
    memo: dict[int, int] = {}

    def most(i: int, seen: frozenset) -> int:
        if i == -1 or i in seen:
            return 0
        if i not in memo:
            memo[i] = _gain(flows, steps[i], tag, calling | {flow_id}, graphs) + max(
                (most(j, seen | {i}) for j in following[i]), default=0)
        return memo[i]

    return most(0, frozenset()) if steps else 0


def _gain(flows: dict[str, Flow], step: Step, tag: str, calling: frozenset, graphs: dict) -> int:
    """What one step can earn of `tag`: a choice its best answer, a call its flow's best path."""
    if step.kind == "choice" and step.options:
        here = [o.scores.get(tag, 0) for o in step.options]
        return max(here + ([step.otherwise.scores.get(tag, 0)] if step.otherwise is not None else []))
    if step.kind == "call" and step.flow in flows and step.flow not in calling:
        return _most(flows, step.flow, tag, calling, graphs)
    return 0
