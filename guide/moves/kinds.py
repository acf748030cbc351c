"""The eleven moves, a reading, and a move's name for people."""

from __future__ import annotations

from dataclasses import dataclass

from guide.base.i18n import t

MOVES: tuple[str, ...] = (
    "open_question", "closed_question", "reflection", "summary", "affirmation", "autonomy_permission",
    "information", "advice", "confront", "reassure", "not_a_turn",
)
GOOD_MOVES = frozenset({"open_question", "reflection", "summary", "affirmation", "autonomy_permission"})
WARNED_MOVES = frozenset({"advice", "confront", "reassure"})


@dataclass(frozen=True)
class Reading:
    move: str  # one of MOVES
    secondary: str | None  # a second move the turn holds, or None
    why: str  # in the reader's language, quoting the words that decided it
    cues: tuple[str, ...]  # those words, exactly as typed


def describe(move: str, lang: str) -> str:
    """A move's short name for people: 'een open vraag' / 'an open question'."""
    return t(f"moves.name.{move}", lang)
