"""How near a typed turn is to the example turns written for a choice's options (weights/examples.json).

The examples are rows of tests/data/options, never the dev, test or latest fresh rows (made into this
file by `python -m benchmarks.train_options`): per role-play, choice and language, turns a learner might
type, each with the option it means or none. A turn is compared with each example by the letter groups
(three to five letters, word edges included) they share, each weighed by how rare it is among that
choice's examples, so 'loonfiches' and 'loonbrieven' come near and a spelling slip costs little.
"""

from __future__ import annotations

import json
import math
from functools import cache, lru_cache

from guide.moves.model import WEIGHTS
from guide.moves.text import tokens

NONE = ""  # the key of 'means none of the options' in what `nearest` gives
held_out: set[str] = set()  # turns left out of the examples (benchmarks.options --train reads each row so)


@cache
def _all() -> dict:
    path = WEIGHTS / "examples.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def every(lang: str) -> list[list]:
    """Every choice's example rows in `lang`: [[turn, option or None], ...] per choice."""
    return [rows for steps in _all().get(lang, {}).values() for rows in steps.values()]


def grams(text: str, lang: str) -> dict[str, int]:
    """The letter groups of a text's words, each with how often it occurs."""
    out: dict[str, int] = {}
    for tok in tokens(text, lang):
        word = f" {tok.norm} "
        for n in (3, 4, 5):
            for i in range(len(word) - n + 1):
                gram = word[i:i + n]
                out[gram] = out.get(gram, 0) + 1
    return out


@lru_cache(maxsize=256)
def _choice(flow: str, step: str, lang: str) -> tuple[list, dict[str, float], float]:
    """The choice's examples as (turn, option or NONE, letter groups, their length), how rare each
    group is among them, and the weight of a group none of them has."""
    rows = _all().get(lang, {}).get(flow, {}).get(step, [])
    seen = [(turn, option or NONE, grams(turn, lang)) for turn, option in rows]
    count: dict[str, int] = {}
    for _, _, groups in seen:
        for gram in groups:
            count[gram] = count.get(gram, 0) + 1
    n = len(seen)
    rare = {g: math.log((n + 1) / (c + 0.5)) for g, c in count.items()}
    found = [(turn, option, groups, math.sqrt(sum(rare[g] ** 2 for g in groups)))
             for turn, option, groups in seen]
    return found, rare, math.log(n + 1)


def nearest(turn: str, flow: str | None, step: str, lang: str) -> dict[str, float]:
    """Per option value (NONE: none of them), the nearness in 0..1 of the turn to its nearest example;
    empty when the choice has no examples."""
    if not flow:
        return {}
    found, rare, unseen = _choice(flow, step, lang)
    if not found:
        return {}
    said = grams(turn, lang)
    weight = {g: rare.get(g, unseen) for g in said}
    size = math.sqrt(sum(w * w for w in weight.values()))
    best: dict[str, float] = {}
    for text, option, seen, other in found:
        if text in held_out or not size:
            continue
        shared = sum(weight[g] ** 2 for g in said.keys() & seen.keys())
        near = shared / (size * other) if other else 0.0
        best[option] = max(best.get(option, 0.0), near)
    return best
