"""Is a role-play's scoring fair? Static warnings and what simple strategies earn.

A scenario trains badly when the best answer can be spotted without reading
it: always the longest label, always one good option among bad ones. The
checks here warn about that; guide.run.strategies measures what a learner who
plays such a trick scores against the best path.
"""

from __future__ import annotations

from guide.flows.model import Flow, Option, Step
from guide.flows.problems import Problem


def points(option: Option) -> int:
    return sum(option.scores.values())


def scored_choices(flow: Flow) -> list[Step]:
    return [s for s in flow.steps() if s.kind == "choice" and any(o.scores for o in s.options)]


def longest_is_best(step: Step, lang: str) -> bool:
    """The option with the longest label in `lang` is one of the best-scoring."""
    best = max(points(o) for o in step.options)
    longest = max(step.options, key=lambda o: len(o.label.get(lang)))
    return points(longest) == best


def fairness_problems(flow: Flow) -> list[Problem]:
    """Warnings for a role-play (a flow with a persona) whose best answers give themselves away."""
    steps = scored_choices(flow)
    if flow.persona is None or not steps:
        return []
    out: list[Problem] = []
    mark = flow.mark
    for lang in flow.languages or ["nl"]:
        hits = sum(longest_is_best(s, lang) for s in steps)
        if hits * 2 > len(steps):
            out.append(Problem(mark.file, mark.line, mark.col, "longest-best",
                               {"n": hits, "total": len(steps), "lang": lang}, "warning"))
            break
    if all(sum(points(o) > 0 for o in s.options) == 1 for s in steps):
        out.append(Problem(mark.file, mark.line, mark.col, "one-good-option", {"total": len(steps)},
                           "warning"))
    return out
