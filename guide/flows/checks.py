"""Static checks on parsed flows: targets, cards, reachability, variables,
translations and call cycles."""

from __future__ import annotations

from guide.base.i18n import LANGS
from guide.base.speed import without_gc
from guide.flows import clientstate, otherwise
from guide.flows.fairness import fairness_problems
from guide.flows.model import FOCI, KIND_VAR_TYPE, KRACHTLIJNEN, Flow, FlowRefs, Mark, Step, Text
from guide.flows.problems import Problem
from guide.flows.successors import END as FLOW_END
from guide.flows.successors import flow_edges

END = -1  # index for: the flow ends


def _p(mark: Mark, code: str, severity: str = "error", **params) -> Problem:
    return Problem(mark.file, mark.line, mark.col, code, params, severity)


def successors(flow: Flow, index: dict[str, int]) -> list[set[int]]:
    """Per step, the index of every step (or END) that may follow it, taking
    every condition as possibly true."""
    return [
        {END if e.target == FLOW_END else index[e.target] for e in edges
         if e.target == FLOW_END or e.target in index}
        for _, edges in flow_edges(flow)
    ]


@without_gc
def check_flow(flow: Flow, refs: FlowRefs, cards: dict[str, set[str]], flow_ids: set[str]) -> list[Problem]:
    steps = list(flow.steps())
    index, problems = _index_steps(steps)
    langs = flow.languages or ["nl"]
    problems += _check_translations(flow, langs)
    problems += _check_names(flow, refs, cards, langs)
    problems += _check_targets(steps, index, flow_ids)
    problems += _check_variables(flow, steps)
    problems += clientstate.check_state(flow, refs)
    problems += fairness_problems(flow)
    if steps and len(index) == len(steps):
        problems += _check_reachability(steps, successors(flow, index))
    return problems


def _index_steps(steps: list[Step]) -> tuple[dict[str, int], list[Problem]]:
    """Step id -> position of its first step, and a problem for every id used again."""
    problems: list[Problem] = []
    index: dict[str, int] = {}
    for i, step in enumerate(steps):
        if step.id in index:
            first = steps[index[step.id]].mark.line
            problems.append(_p(step.mark, "duplicate-id", id=step.id, first=first))
        else:
            index[step.id] = i
    return index, problems


def _check_translations(flow: Flow, langs: list[str]) -> list[Problem]:
    problems = [
        _p(flow.mark, "partial-languages", "warning", lang=lang) for lang in LANGS if lang not in langs
    ]
    for text in texts(flow):
        for lang in langs:
            if lang not in text.values:
                problems.append(_p(text.mark, "missing-translation", lang=lang))
    return problems


def _check_names(flow: Flow, refs: FlowRefs, cards: dict[str, set[str]], langs: list[str]) -> list[Problem]:
    """The cards (in every language of the flow), foci and tags the flow names exist."""
    problems: list[Problem] = []
    for card, mark in refs.cards:
        present = [lang for lang in langs if card in cards.get(lang, set())]
        if not present:
            problems.append(_p(mark, "unknown-card", card=card))
        else:
            problems += [
                _p(mark, "card-translation", card=card, lang=lang) for lang in langs if lang not in present
            ]
    for focus, mark in refs.focus:
        if focus not in FOCI:
            problems.append(_p(mark, "unknown-focus", focus=focus))
    for tag, mark in refs.tags:
        if tag not in KRACHTLIJNEN and tag not in flow.tags:
            problems.append(_p(mark, "unknown-tag", tag=tag))
    return problems


def _check_targets(steps: list[Step], index: dict[str, int], flow_ids: set[str]) -> list[Problem]:
    """Every `next` goes to a step of this flow, every call to a known flow; an end goes nowhere."""
    problems: list[Problem] = []
    for step in steps:
        for b in step.next:
            if b.target not in index:
                problems.append(_p(b.mark, "unknown-target", target=b.target))
        for o in step.options:
            if o.next and o.next not in index:
                problems.append(_p(o.next_mark or step.mark, "unknown-target", target=o.next))
        other = step.otherwise
        if other is not None and other.next and other.next not in index:
            problems.append(_p(other.next_mark or other.mark, "unknown-target", target=other.next))
        if step.kind == "call" and step.flow and step.flow not in flow_ids:
            problems.append(_p(step.flow_mark or step.mark, "unknown-flow", flow=step.flow))
        if step.kind == "end" and step.next:
            problems.append(_p(step.next[0].mark, "next-on-end"))
    return problems


def texts(flow: Flow):
    """Every user-visible text of the flow."""
    yield flow.title
    if flow.description:
        yield flow.description
    yield from flow.tags.values()
    yield from clientstate.texts(flow)
    for step in flow.steps():
        for t in (step.text, step.why, step.min_label, step.max_label, step.say, step.think):
            if isinstance(t, Text):
                yield t
        for o in step.options:
            for t in (o.label, o.feedback, o.think):
                if isinstance(t, Text):
                    yield t
        yield from otherwise.texts(step)


def _check_variables(flow: Flow, steps: list[Step]) -> list[Problem]:
    problems: list[Problem] = []
    possible = _possible_values(flow, steps, problems)
    for phase in flow.phases:
        problems += _check_expr(flow, possible, phase.when)
    for step in steps:
        problems += _check_expr(flow, possible, step.when)
        for b in step.next:
            problems += _check_expr(flow, possible, b.cond)
    return problems


def _possible_values(flow: Flow, steps: list[Step], problems: list[Problem]) -> dict[str, set[str]]:
    """Variable name -> the values it can take (its `values`, else the options of the steps that set it);
    adds to `problems` what is wrong with the steps that set a variable."""
    possible: dict[str, set[str]] = {}
    for step in steps:
        if step.kind not in KIND_VAR_TYPE or not step.set:
            continue
        var = flow.variables.get(step.set)
        if var is None:
            problems.append(_p(step.set_mark or step.mark, "undefined-var", name=step.set))
            continue
        expected = KIND_VAR_TYPE[step.kind]
        if var.type != expected:
            problems.append(
                _p(step.set_mark or step.mark, "var-type", name=var.name, type=var.type, kind=step.kind,
                   expected=expected)
            )
            continue
        for o in step.options:
            if var.values is not None and o.value not in var.values:
                problems.append(_p(o.mark, "option-not-in-values", value=o.value, name=var.name))
        possible.setdefault(var.name, set()).update(o.value for o in step.options)
    for var in flow.variables.values():
        if var.values is not None:
            possible[var.name] = set(var.values)
    return possible


def _check_expr(flow: Flow, possible: dict[str, set[str]], expr) -> list[Problem]:
    """A condition names only known variables and compares them only with values they can take."""
    problems: list[Problem] = []
    if expr is None or expr.tree is None:
        return problems
    for name in sorted(expr.names):
        if name not in flow.variables and name not in flow.state:
            problems.append(_p(expr.mark, "undefined-var", name=name))
    for name, literal, col in expr.tree.literals:
        var = flow.variables.get(name)
        if var is None or var.type not in ("choice", "set") or name not in possible:
            continue
        if literal not in possible[name]:
            mark = Mark(expr.mark.file, expr.mark.line, expr.mark.col + col) if expr.offset else expr.mark
            allowed = ", ".join(sorted(possible[name]))
            problems.append(_p(mark, "impossible-value", name=name, value=literal, allowed=allowed))
    return problems


def _check_reachability(steps: list[Step], succ: list[set[int]]) -> list[Problem]:
    problems: list[Problem] = []
    seen = {0}
    todo = [0]
    while todo:
        for j in succ[todo.pop()]:
            if j != END and j not in seen:
                seen.add(j)
                todo.append(j)
    for i, step in enumerate(steps):
        if i not in seen:
            problems.append(_p(step.mark, "unreachable", id=step.id))
    # which steps can reach an end: walk the reversed graph from every end
    preds: list[list[int]] = [[] for _ in steps]
    finishing = []
    for i, targets in enumerate(succ):
        if END in targets:  # an end step, or the flow runs past its last step
            finishing.append(i)
        for j in targets:
            if j != END:
                preds[j].append(i)
    ends = set(finishing)
    todo = list(finishing)
    while todo:
        for j in preds[todo.pop()]:
            if j not in ends:
                ends.add(j)
                todo.append(j)
    for i, step in enumerate(steps):
        if i in seen and i not in ends:
            problems.append(_p(step.mark, "no-end", id=step.id))
    return problems


def check_call_cycles(flows: dict[str, Flow]) -> list[Problem]:
    """Report each call that closes a cycle of flows calling each other."""
    calls: dict[str, list[tuple[str, Step]]] = {  # (called flow, call step)
        fid: [(s.flow, s) for s in f.steps() if s.kind == "call" and s.flow in flows]
        for fid, f in flows.items()
    }
    problems: list[Problem] = []
    state: dict[str, int] = {}  # 1 = on the path, 2 = done

    for start in sorted(flows):
        if state.get(start):
            continue
        path: list[str] = [start]
        iters = [iter(calls[start])]
        state[start] = 1
        while iters:
            call = next(iters[-1], None)
            if call is None:
                state[path.pop()] = 2
                iters.pop()
                continue
            target, step = call
            if state.get(target) == 1:
                cycle = path[path.index(target):] + [target]
                problems.append(_p(step.flow_mark or step.mark, "call-cycle", cycle=" -> ".join(cycle)))
            elif not state.get(target):
                state[target] = 1
                path.append(target)
                iters.append(iter(calls[target]))
    return problems
