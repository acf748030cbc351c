"""Which option of a choice a typed turn means, or none of them ("something else"), offline.

Each option is read once: its label, and its feedback and inner side (they say what the option does),
as concepts from a small hand-written lexicon (weights/concepts.json: synonyms, Flemish forms, stems)
and as word stems, and the move the reader gives its label. A turn scores against each option by the
concepts and stems they share, weighed by how well they tell this choice's options apart, and by
whether its move is the option's. A turn that is no move, a string of key words, or too far from every
option means none of them (docs/moves.md, "Matching options").
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from guide.base.i18n import t
from guide.flows.model import Step, text_in
from guide.moves import read
from guide.moves.features import stem
from guide.moves.guards import FUNCTION_WORDS, META
from guide.moves.kinds import Reading
from guide.moves.model import WEIGHTS
from guide.moves.text import tokens

# tuned on the train rows of tests/data/options (python -m benchmarks.options --train)
CONCEPT, STEM = 1.0, 0.8  # what a shared concept and a shared word stem weigh
MORE = 0.2  # a feature found only in the option's feedback or inner side, against one in its label
SAME_MOVE, NEAR_MOVE = 0.1, 0.05  # the turn's move is the option's primary / one of its two moves
THRESHOLD = 0.1  # the least nearness that makes an option the one meant
MARGIN = 0.0  # how far the best must be ahead of the next one
TURN = 0.0  # how much what the turn says beyond the options lowers its nearness (0: not at all)

# words that say nothing about which option is meant
_QUIET = {
    "nl": {"eens", "even", "maar", "toch", "wel", "hoor", "allee", "allez", "zeker", "gewoon", "eigenlijk",
           "misschien", "echt", "veel", "alles", "iets", "niks", "niets", "hier", "daar", "dan", "zijn",
           "hebben", "worden", "moet", "kan", "kunnen", "zou", "zal", "gaat", "gaan", "komt", "doen", "doe",
           "heel", "nog", "mij", "jullie", "ons", "onze", "deze", "die", "zo", "nu", "ook", "al", "er",
           "waar", "wie", "welk", "welke", "hoeveel", "mag", "mogen", "weet", "willen"},
    "en": {"just", "really", "maybe", "actually", "then", "there", "here", "will", "would", "could",
           "should", "shall", "must", "can", "some", "any", "all", "much", "many", "more", "also", "still",
           "now", "well", "right", "okay", "ok", "let", "lets", "get", "got", "going", "want", "need",
           "know", "about", "from", "into", "them", "their", "those", "these", "our", "us", "which", "who",
           "where", "when", "been", "being", "were", "does", "did", "done"},
}


@dataclass(frozen=True)
class OptionMatch:
    option: str | None  # the value of the option the turn means, or None: "something else"
    reading: Reading
    ranked: tuple[tuple[str, float], ...]  # every option value with a score in 0..1, best first
    understood: str  # one line in `lang`: how the turn was understood


@cache
def _lexicon(lang: str) -> tuple[dict[str, set[str]], list[tuple[str, str]], dict[str, list]]:
    """(word -> concepts, [(prefix, concept)], first word -> [(words of a phrase, concept)])."""
    table = json.loads((WEIGHTS / "concepts.json").read_text(encoding="utf-8")).get(lang, {})
    words: dict[str, set[str]] = {}
    prefixes: list[tuple[str, str]] = []
    phrases: dict[str, list] = {}
    for concept, entries in table.items():
        for entry in entries:
            parts = entry.split()
            if len(parts) > 1:
                phrases.setdefault(parts[0], []).append((tuple(parts), concept))
            elif entry.endswith("*"):
                prefixes.append((entry[:-1], concept))
            else:
                words.setdefault(entry, set()).add(concept)
    return words, prefixes, phrases


def _fits(entry: str, word: str) -> bool:
    return word.startswith(entry[:-1]) if entry.endswith("*") else word == entry


@lru_cache(maxsize=4096)
def _word_concepts(word: str, lang: str) -> frozenset[str]:
    words, prefixes, _ = _lexicon(lang)
    found = set(words.get(word, ()))
    found.update(concept for prefix, concept in prefixes if word.startswith(prefix))
    return frozenset(found)


def features(text: str, lang: str) -> frozenset[str]:
    """A text's concepts ('c:money') and content word stems ('s:meter')."""
    words = [tok.norm for tok in tokens(text, lang)]
    _, _, phrases = _lexicon(lang)
    quiet = FUNCTION_WORDS.get(lang, set()) | _QUIET.get(lang, set())
    found: set[str] = set()
    for i, word in enumerate(words):
        found.update(f"c:{c}" for c in _word_concepts(word, lang))
        for first, group in phrases.items():
            if not _fits(first, word):
                continue
            for parts, concept in group:
                if len(parts) <= len(words) - i and all(
                        _fits(p, w) for p, w in zip(parts, words[i:i + len(parts)], strict=False)):
                    found.add(f"c:{concept}")
        if len(word) >= 4 and word not in quiet:
            found.add(f"s:{stem(word, lang)[:6]}")
    return frozenset(found)


@dataclass(frozen=True)
class _Read:
    value: str
    moves: tuple[str, str | None]
    label: frozenset[str]
    more: frozenset[str]
    gist: str


@lru_cache(maxsize=1024)
def _option(value: str, label: str, more: str, lang: str) -> _Read:
    reading = read(label, lang)
    own = features(label, lang)
    return _Read(value, (reading.move, reading.secondary), own, features(more, lang) - own,
                 _gist(label, reading.cues))


def _gist(label: str, cues: tuple[str, ...]) -> str:
    """The sentence of the label that holds the words its move was read from."""
    parts = [p.strip() for p in re.split(r"(?<=[.?!])\s+", label) if p.strip()]
    for cue in cues:  # the primary move's words first
        for part in parts:
            if cue and cue in part:
                return part
    return parts[-1] if parts else label


def _weights(options: list[_Read]) -> tuple[dict[str, float], float]:
    """A feature found in fewer of the options tells them apart better; (weights, a new word's weight)."""
    count: dict[str, float] = {}
    for option in options:
        for feature in option.label:
            count[feature] = count.get(feature, 0) + 1
        for feature in option.more:
            count[feature] = count.get(feature, 0) + MORE
    n = len(options)
    return {f: math.log((n + 1) / (c + 0.5)) for f, c in count.items()}, math.log((n + 1) / 0.5)


def _kind(feature: str) -> float:
    return CONCEPT if feature.startswith("c:") else STEM


def _shared(turn: frozenset[str], option: _Read, idf: dict[str, float]) -> tuple[float, float]:
    """(the weight of what the turn shares with the option, the option's own weight)."""
    shared = sum(_kind(f) * idf[f] for f in turn & option.label)
    shared += MORE * sum(_kind(f) * idf[f] for f in turn & option.more)
    own = sum(_kind(f) * idf[f] for f in option.label) + MORE * sum(_kind(f) * idf[f] for f in option.more)
    return shared, own


def _move(reading: Reading, option: _Read) -> float:
    if reading.move == option.moves[0]:
        return SAME_MOVE
    if reading.move in option.moves or (reading.secondary and reading.secondary in option.moves):
        return NEAR_MOVE
    return 0.0


def keywords(turn: str, lang: str) -> bool:
    """Words strung together with nothing that makes a sentence: 'afspraak ontvangstbewijs krachtlijn'."""
    words = [tok.norm for tok in tokens(turn, lang)]
    if len(words) < 3 or "?" in turn:
        return False
    glue = FUNCTION_WORDS.get(lang, set()) | _QUIET.get(lang, set())
    return not any(w in glue for w in words) or sum(w in META.get(lang, set()) for w in words) >= 2


def scores(turn: str, reading: Reading, step: Step, lang: str) -> list[tuple[_Read, float, float]]:
    """Each option with how near the turn's content is to it (0..1) and its whole score, in order."""
    options = [_option(o.value, text_in(o.label, lang),
                       " ".join((text_in(o.feedback, lang), text_in(o.think, lang))), lang)
               for o in step.options]
    idf, new = _weights(options)
    said = features(turn, lang)
    mass = sum(_kind(f) * idf.get(f, new) for f in said)
    out = []
    for option in options:
        shared, own = _shared(said, option, idf)
        near = shared / math.sqrt(max(own, 1e-9) * max(mass, 1e-9) ** TURN) if shared else 0.0
        out.append((option, near, near + (_move(reading, option) if shared else 0.0)))
    return out


def match(turn: str, step: Step, lang: str, context: str | None = None) -> OptionMatch:
    """The option of the choice `step` that `turn` means, or None; `context` is the client's last line."""
    lang = lang if lang in ("nl", "en") else "nl"
    reading = read(turn, lang, context)
    none = t("matching.understood.none", lang)
    if reading.move == "not_a_turn" or keywords(turn, lang):
        return OptionMatch(None, reading, tuple((o.value, 0.0) for o in step.options), none)
    scored = scores(turn, reading, step, lang)
    order = sorted(scored, key=lambda item: -item[2])
    ranked = tuple((option.value, round(min(1.0, total / (1 + SAME_MOVE)), 4)) for option, _, total in order)
    if not order:
        return OptionMatch(None, reading, ranked, none)
    best, content, total = order[0]
    ahead = total - (order[1][2] if len(order) > 1 else 0.0)
    if content < THRESHOLD or ahead < MARGIN:
        return OptionMatch(None, reading, ranked, none)
    line = t(f"matching.understood.{best.moves[0]}", lang, gist=best.gist)
    return OptionMatch(best.value, reading, ranked, line)
