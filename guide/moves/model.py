"""The small linear model: plain weights per move, trained in this repository (benchmarks/train_moves.py)."""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("weights")


@cache
def weights(lang: str) -> dict | None:
    """{"moves": [...], "weights": {feature: [one weight per move]}} of a language, None when none ships."""
    path = WEIGHTS / f"{lang}.json"
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def score(model: dict, names: list[str]) -> list[float]:
    """Each move's probability for a turn with these features."""
    table, moves = model["weights"], model["moves"]
    total = [0.0] * len(moves)
    for name in names:
        row = table.get(name)
        if row is not None:
            for i, w in enumerate(row):
                total[i] += w
    top = max(total)
    exp = [math.exp(v - top) for v in total]
    norm = sum(exp)
    return [v / norm for v in exp]
