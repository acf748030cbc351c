"""Which option of a choice a typed turn means, or none of them ("something else"), offline.

Each option is read once: its label, feedback and inner side as word stems, and the move the reader
gives its label. A turn scores against each option by stem overlap and move agreement; a turn that is
no move at all, or scores too low, means none of them (docs/moves.md, "Matching options").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from guide.base.i18n import t
from guide.flows.model import Option, Step, text_in
from guide.moves import read
from guide.moves.features import stem
from guide.moves.guards import FUNCTION_WORDS
from guide.moves.kinds import Reading
from guide.moves.text import tokens

THRESHOLD = 0.2  # below this best score the turn means none of the options


@dataclass(frozen=True)
class OptionMatch:
    option: str | None  # the value of the option the turn means, or None: "something else"
    reading: Reading
    ranked: tuple[tuple[str, float], ...]  # every option value with a score in 0..1, best first
    understood: str  # one line in `lang`: how the turn was understood


def stems(text: str, lang: str) -> frozenset[str]:
    glue = FUNCTION_WORDS.get(lang, set())
    return frozenset(stem(tok.norm, lang) for tok in tokens(text, lang) if len(tok.norm) > 2
                     and tok.norm not in glue)


@dataclass(frozen=True)
class _Read:
    value: str
    move: str
    label: frozenset[str]
    more: frozenset[str]
    gist: str


@lru_cache(maxsize=512)
def _option(label: str, more: str, value: str, lang: str) -> _Read:
    reading = read(label, lang)
    return _Read(value, reading.move, stems(label, lang), stems(more, lang) - stems(label, lang),
                 _gist(label, reading.cues))


def _read_options(step: Step, lang: str) -> list[_Read]:
    return [_option(text_in(o.label, lang), _more(o, lang), o.value, lang) for o in step.options]


def _more(option: Option, lang: str) -> str:
    return " ".join((text_in(option.feedback, lang), text_in(option.think, lang)))


def _gist(label: str, cues: tuple[str, ...]) -> str:
    """The sentence of the label that holds the words its move was read from."""
    parts = [p.strip() for p in label.replace("?", "?|").replace(".", ".|").split("|") if p.strip()]
    for cue in cues:  # the primary move's words first
        for part in parts:
            if cue and cue in part:
                return part
    return parts[-1] if parts else label


def _score(turn: frozenset[str], move: str, option: _Read) -> float:
    if not turn:
        return 0.0
    label = len(turn & option.label) / len(turn | option.label)
    more = len(turn & option.more) / max(1, len(turn))
    same_move = 1.0 if move == option.move else 0.0
    return min(1.0, 0.55 * label + 0.2 * more + 0.25 * same_move * (label + more > 0))


def match(turn: str, step: Step, lang: str, context: str | None = None) -> OptionMatch:
    """The option of the choice `step` that `turn` means, or None; `context` is the client's last line."""
    lang = lang if lang in ("nl", "en") else "nl"
    reading = read(turn, lang, context)
    options = _read_options(step, lang)
    if reading.move == "not_a_turn":
        ranked = tuple((o.value, 0.0) for o in options)
        return OptionMatch(None, reading, ranked, t("matching.understood.none", lang))
    words = stems(turn, lang)
    scored = sorted(((o.value, round(_score(words, reading.move, o), 4)) for o in options),
                    key=lambda pair: -pair[1])
    best = scored[0] if scored else None
    if best is None or best[1] < THRESHOLD:
        return OptionMatch(None, reading, tuple(scored), t("matching.understood.none", lang))
    chosen = next(o for o in options if o.value == best[0])
    line = t(f"matching.understood.{chosen.move}", lang, gist=chosen.gist)
    return OptionMatch(best[0], reading, tuple(scored), line)
