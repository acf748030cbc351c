"""Is a role-play's scoring fair? Static warnings and what simple strategies earn.

A scenario trains badly when the best answer can be spotted without reading
it: always the longest label, always one good option among bad ones. The
checks here warn about that; guide.run.strategies measures what a learner who
plays such a trick scores against the best path.
"""

from __future__ import annotations

import re

from guide.flows.model import Flow, Option, Step
from guide.flows.problems import Problem

# Words a learner may take for "the kind answer", per language. A trailing `*`
# also matches longer words (begrijp*: begrijpen, begrijpelijk).
WARM_MARKERS = {
    "nl": ["gerust", "samen", "begrijp*", "fijn", "goed dat", "even", "rustig*", "zorg", "zorgen",
           "help*", "geen schande", "welkom", "moed", "tijd", "luister*", "steun*", "snap*", "voel*"],
    "en": ["take your time", "together", "understand*", "glad", "don't worry", "help*", "no rush",
           "welcome", "courage", "no shame", "listen*", "support*", "feel*", "of course", "it's okay"],
}


def _pattern(markers: list[str]) -> re.Pattern:
    parts = [re.escape(m[:-1]) + r"\w*" if m.endswith("*") else re.escape(m) + r"\b" for m in markers]
    return re.compile(r"\b(?:" + "|".join(parts) + ")", re.IGNORECASE)


_WARM = {lang: _pattern(markers) for lang, markers in WARM_MARKERS.items()}


def points(option: Option) -> int:
    return sum(option.scores.values())


def scored_choices(flow: Flow) -> list[Step]:
    return [s for s in flow.steps() if s.kind == "choice" and any(o.scores for o in s.options)]


def longest_is_best(step: Step, lang: str) -> bool:
    """The option with the longest label in `lang` is one of the best-scoring."""
    best = max(points(o) for o in step.options)
    longest = max(step.options, key=lambda o: len(o.label.get(lang)))
    return points(longest) == best


def warmth(text: str, lang: str) -> int:
    """How many warm markers a label holds."""
    pattern = _WARM.get(lang)
    return len(pattern.findall(text.replace("\u2019", "'"))) if pattern else 0


def is_question(text: str) -> bool:
    return "?" in text


def warmest(options: list[Option], lang: str) -> Option | None:
    """The one option with the most warm markers, or None when none has any or two tie."""
    counts = [warmth(o.label.get(lang), lang) for o in options]
    top = max(counts, default=0)
    return options[counts.index(top)] if top > 0 and counts.count(top) == 1 else None


def lone_question(options: list[Option], lang: str) -> Option | None:
    """The only option phrased as a question, or None."""
    asking = [o for o in options if is_question(o.label.get(lang))]
    return asking[0] if len(asking) == 1 else None


def _is_best(step: Step, option: Option | None) -> bool:
    return option is not None and points(option) == max(points(o) for o in step.options)


def fairness_problems(flow: Flow) -> list[Problem]:
    """Warnings for a role-play (a flow with a persona) whose best answers give themselves away."""
    steps = scored_choices(flow)
    if flow.persona is None or not steps:
        return []
    out: list[Problem] = []
    mark = flow.mark
    tells = {
        "longest-best": longest_is_best,
        "warm-best": lambda s, lang: _is_best(s, warmest(s.options, lang)),
        "question-best": lambda s, lang: _is_best(s, lone_question(s.options, lang)),
    }
    for code, tell in tells.items():
        for lang in flow.languages or ["nl"]:
            hits = sum(tell(s, lang) for s in steps)
            if hits * 2 > len(steps):
                out.append(Problem(mark.file, mark.line, mark.col, code,
                                   {"n": hits, "total": len(steps), "lang": lang}, "warning"))
                break
    if all(sum(points(o) > 0 for o in s.options) == 1 for s in steps):
        out.append(Problem(mark.file, mark.line, mark.col, "one-good-option", {"total": len(steps)},
                           "warning"))
    return out
