"""A mirror of a learner's own turns: the figures MITI 4.2.1 looks at, counted over the moves read.

A mirror, not a grade: a handful of turns says little, and a reading can be wrong. The reference
points come from MITI 4.2.1 (reflections per question: 1 fair, 2 good) and, for the share of open
questions, from MITI 3.1.1 (50% fair, 70% good), which 4.2.1 dropped but trainers still use.
"""

from __future__ import annotations

from dataclasses import dataclass

REFLECTIONS_FAIR, REFLECTIONS_GOOD = 1.0, 2.0  # reflections per question (MITI 4.2.1)
OPEN_FAIR, OPEN_GOOD = 0.5, 0.7  # open questions among questions (MITI 3.1.1)

QUESTIONS = frozenset({"open_question", "closed_question"})
REFLECTIONS = frozenset({"reflection", "summary"})  # MITI codes a summary as a (complex) reflection


@dataclass(frozen=True)
class Mirror:
    turns: int  # own turns read as a move
    not_turns: int  # typed, but no move (a try-out, a string of method words, ...)
    questions: int
    open_questions: int
    reflections: int
    advice_unasked: int  # advice not given as the other's choice (permission and advice at once still counts)
    confrontations: int
    reassurance: int

    @property
    def open_share(self) -> float | None:
        """Open questions among the questions, 0..1; None without questions."""
        return self.open_questions / self.questions if self.questions else None

    @property
    def reflections_per_question(self) -> float | None:
        return self.reflections / self.questions if self.questions else None


def level(value: float | None, fair: float, good: float) -> str | None:
    """'good', 'fair' or 'below' beside a reference point; None without a value."""
    if value is None:
        return None
    return "good" if value >= good else "fair" if value >= fair else "below"


def mirror(turns: list[tuple[str, str | None]]) -> Mirror:
    """The figures over (move, secondary move) per own turn; a turn's two moves both count."""
    questions = open_q = reflections = advice = confront = reassure = said = none = 0
    for move, secondary in turns:
        if move == "not_a_turn":
            none += 1
            continue
        said += 1
        both = [m for m in (move, secondary) if m]
        questions += sum(m in QUESTIONS for m in both)
        open_q += both.count("open_question")
        reflections += sum(m in REFLECTIONS for m in both)
        confront += both.count("confront")
        reassure += both.count("reassure")
        advice += "advice" in both and move != "autonomy_permission"  # advice left to their choice is asked
    return Mirror(said, none, questions, open_q, reflections, advice, confront, reassure)
