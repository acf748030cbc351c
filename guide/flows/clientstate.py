"""A client who reacts: the `state:` block, option `effects:`, early ends and say-first choices.

Reading (called from guide.flows.parse) and checking (called from guide.flows.checks) live
here; the engine applies the effects. Plain data: no YAML library, no Textual.

    state:
      trust: {min: 0, max: 4, start: 1, label: {nl: Vertrouwen, en: Trust}}
    ...
    options:
      - value: welcome
        effects: {trust: 1}          # added, then clamped to the bounds
    - id: c_first
      kind: choice
      say_first: true                # the learner first types their own words
    - id: gone
      kind: end
      early: true                    # the client leaves
      why: {nl: ..., en: ...}        # the debrief explains the early end with this
"""

from __future__ import annotations

from guide.flows.model import Flow, Mark, Option, Otherwise, StateVar, Step
from guide.flows.problems import Problem

# keys every step kind accepts when reading, so that a misplaced one gets its own code
STEP_KEYS = {"say_first", "early"}


def _problem(mark: Mark, code: str, **params) -> Problem:
    return Problem(mark.file, mark.line, mark.col, code, params)


# -- reading ---------------------------------------------------------------------------

def read_state(parser, node, flow: Flow) -> None:
    """The flow's `state:` mapping into flow.state."""
    m = parser.mapping(node, "state")
    if m is None:
        return
    if not m.items:
        parser.error(m, "empty", what="state")
    for key, val in m.items:
        name = parser.ident(key, "state")
        vm = parser.mapping(val, "state")
        if name is None or vm is None:
            continue
        v = parser.keys(vm, {"min", "max", "start", "label"}, ("min", "max", "start", "label"), "state")
        low = parser.integer(v["min"], "min") if "min" in v else None
        high = parser.integer(v["max"], "max") if "max" in v else None
        start = parser.integer(v["start"], "start") if "start" in v else None
        label = parser.text(v["label"], "label") if "label" in v else None
        if low is None or high is None or start is None or label is None:
            continue
        if low >= high:
            parser.error(v["max"], "state-range", name=name, min=low, max=high)
            continue
        if not low <= start <= high:
            parser.error(v["start"], "state-start", name=name, start=start, min=low, max=high)
            continue
        flow.state[name] = StateVar(name, low, high, start, label, parser.mark(key))


def read_effects(parser, node, opt: Option | Otherwise) -> None:
    """An option's (or an otherwise block's) `effects:` mapping: state name -> a whole number to add."""
    opt.effects_mark = parser.mark(node)
    m = parser.mapping(node, "effects")
    if m is None:
        return
    for key, val in m.items:
        amount = parser.integer(val, "effect")
        if parser.ident(key, "state") and amount is not None:
            opt.effects[key.value] = amount
            parser.refs.effects.append((key.value, parser.mark(key)))


def _own_kind_flag(parser, fields: dict, step: Step, key: str, kind: str, code: str) -> None:
    """A yes/no `key` that only a step of `kind` may carry: elsewhere an error[code], and off."""
    if key in fields:
        node = fields[key]
        value = parser.boolean(node, key)
        if step.kind != kind:
            parser.error(node, code, kind=step.kind)
            value = False
        setattr(step, key, value)


def read_step(parser, fields: dict, step: Step) -> None:
    """`say_first` and `early` (any kind reads them; only their own kind may carry them)."""
    _own_kind_flag(parser, fields, step, "say_first", "choice", "say-first-kind")
    _own_kind_flag(parser, fields, step, "early", "end", "early-kind")
    if step.kind == "end":
        if step.early and step.why is None and "why" not in fields:
            parser.error(fields.get("early", step.mark), "early-no-why", id=step.id)
        if "why" in fields and not step.early:
            parser.error(fields["why"], "why-not-early", id=step.id)
    if step.kind != "choice":
        for opt in step.options:
            if opt.effects_mark is not None:
                parser.error(opt.effects_mark, "effects-kind", kind=step.kind)
                opt.effects.clear()


# -- checking ---------------------------------------------------------------------------

def check_state(flow: Flow, refs) -> list[Problem]:
    """Effects name declared state; state names do not clash with variables; no state compared to text."""
    problems: list[Problem] = []
    for name, var in flow.state.items():
        if name in flow.variables:
            problems.append(_problem(var.mark, "state-clash", name=name, line=flow.variables[name].mark.line))
    for name, mark in getattr(refs, "effects", ()):
        if name not in flow.state:
            known = ", ".join(flow.state) or "-"
            problems.append(_problem(mark, "unknown-state", name=name, known=known))
    if flow.state:
        for expr in expressions(flow):
            if expr.tree is None:
                continue
            for name, literal, col in expr.tree.literals:
                if name in flow.state and name not in flow.variables:
                    mark = (
                        Mark(expr.mark.file, expr.mark.line, expr.mark.col + col)
                        if expr.offset
                        else expr.mark
                    )
                    problems.append(_problem(mark, "state-compare", name=name, value=literal))
    return problems


def expressions(flow: Flow):
    for phase in flow.phases:
        if phase.when is not None:
            yield phase.when
    for step in flow.steps():
        if step.when is not None:
            yield step.when
        for b in step.next:
            if b.cond is not None:
                yield b.cond


def texts(flow: Flow):
    """The state labels and early-end explanations, for the translation check."""
    for var in flow.state.values():
        yield var.label


# -- running -----------------------------------------------------------------------------

def starts(flow: Flow) -> dict[str, int]:
    return {name: var.start for name, var in flow.state.items()}


def apply(state: dict[str, int], declared: dict[str, StateVar], effects: dict[str, int]) -> None:
    """Add each effect to its state, clamped to the bounds the flow declares."""
    for name, amount in effects.items():
        var = declared.get(name)
        if var is None or name not in state:
            continue
        state[name] = max(var.min, min(var.max, state[name] + amount))
