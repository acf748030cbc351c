"""What may follow a step: the one rule the engine, the checks and the graph share.

`step_edges` lists, in the order the engine tries them, every way a step can be
left. Kinds:

- ``when-skip``: the step's guard (its phase's `when:` and its own) is false, so
  it is passed over to the step after it;
- ``branch``: a `next:` condition, or the option picked at a choice step;
- ``else``: the last, unconditional branch of a `next:` list, or where a choice
  goes when the picked option has no `next` of its own;
- ``linear``: on to the next step in file order, or to a single `next:` target;
- ``call``: where a call step goes on once the flow it called has ended;
- ``end``: an end step finishes its flow;
- ``otherwise``: a choice's `otherwise:` block with a `next`, taken when a typed turn means
  none of the options (Engine.submit_otherwise).

`END` stands for "past the last step": the flow ends there too.
"""

from __future__ import annotations

from guide.base.record import FrozenRecord
from guide.flows.model import Expr, Flow, Step

END = "__end__"
KINDS = ("when-skip", "branch", "else", "linear", "call", "end", "otherwise")


class Edge(FrozenRecord):
    """target: a step id or END; kind: one of KINDS; cond: the condition as the author wrote it
    ("" when unconditional); exprs: a branch's condition, a when-skip's guards that must all hold;
    value: the option of a choice whose pick takes this branch."""

    __slots__ = ("target", "kind", "cond", "exprs", "value")

    def __init__(self, target: str, kind: str, cond: str = "", exprs: tuple[Expr, ...] = (),
                 value: str | None = None) -> None:
        self.target, self.kind, self.cond, self.exprs, self.value = target, kind, cond, exprs, value


def guards(step: Step, phase_when: Expr | None) -> tuple[Expr, ...]:
    """The conditions that must all hold for the step to be shown."""
    return tuple(e for e in (phase_when, step.when) if e is not None)


def _guard_text(exprs: tuple[Expr, ...]) -> str:
    if len(exprs) == 1:
        return exprs[0].source
    return " and ".join(f"({e.source})" for e in exprs)


def _option_cond(step: Step, value: str) -> str:
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{step.set} == {quoted}" if step.set else f"= {quoted}"


def step_edges(step: Step, following: str, phase_when: Expr | None = None) -> list[Edge]:
    """Every way out of `step`; `following` is the id of the step after it (or END)."""
    out: list[Edge] = []
    guard = guards(step, phase_when)
    if guard:
        out.append(Edge(following, "when-skip", _guard_text(guard), guard))
    if step.kind == "end":
        out.append(Edge(END, "end"))
        return out
    # Only a choice's single answer picks an option's `next`; a multi or checklist
    # answer never does (the engine has no one value to match).
    picks = [(o, o.next) for o in step.options if o.next] if step.kind == "choice" else []
    for opt, target in picks:
        out.append(Edge(target, "branch", _option_cond(step, opt.value), value=opt.value))
    if step.kind == "choice" and step.otherwise is not None and step.otherwise.next:
        out.append(Edge(step.otherwise.next, "otherwise"))
    if picks and len(picks) == len(step.options) and not step.optional:
        return out  # every answer leads somewhere: nothing falls through
    # what follows without a condition: after a call, "call"; after options that
    # did not match, "else"
    plain = "call" if step.kind == "call" else "else" if picks else "linear"
    if len(step.next) == 1 and step.next[0].cond is None:
        out.append(Edge(step.next[0].target, plain))
    elif step.next:
        for b in step.next:
            if b.cond is None:
                out.append(Edge(b.target, "else"))
            else:
                out.append(Edge(b.target, "branch", b.cond.source, (b.cond,)))
    else:
        out.append(Edge(following, plain))
    return out


def flow_edges(flow: Flow) -> list[tuple[Step, list[Edge]]]:
    """Each step of the flow, in file order, with its ways out."""
    steps = list(flow.steps())
    phase_when = {p.id: p.when for p in flow.phases}
    out = []
    for i, step in enumerate(steps):
        following = steps[i + 1].id if i + 1 < len(steps) else END
        out.append((step, step_edges(step, following, phase_when.get(step.phase))))
    return out
