"""Train the move reader's linear model on the TRAIN split of tests/data/moves/ and write its weights.

    python -m benchmarks.train_moves            # train nl and en, write guide/moves/weights/{nl,en}.json
    python -m benchmarks.train_moves --cv       # compare the alternatives by cross-validation on TRAIN only

Multinomial logistic regression with L2, plain Python, a fixed order: the same rows give the same weights.
The test rows are never read here.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

from benchmarks.moves import rows, scores
from guide.moves import MOVES, features, text
from guide.moves.reader import choose, turn_features

OUT = Path(__file__).resolve().parent.parent / "guide" / "moves" / "weights"
EPOCHS, RATE, L2, MIN_COUNT = 30, 0.3, 1e-4, 2
TRUST = 0.1  # the rules' reading stands while the model gives it at least this probability


def featurize(items: list[dict], lang: str) -> list[tuple[list[str] | None, str, str]]:
    """(feature names or None when a guard decides, the label, the rules' own reading) per row."""
    out = []
    for row in items:
        stop, ruled, _, found = turn_features(row["turn"], lang, row.get("context"))
        if stop is not None:
            out.append((None, row["move"], stop.move))
        else:
            out.append((sorted({name for name, _ in found}), row["move"], ruled.move))
    return out


def train(data: list[tuple[list[str] | None, str, str]]) -> dict[str, list[float]]:
    usable = [(names, MOVES.index(label)) for names, label, _ in data if names is not None]
    counts = Counter(name for names, _ in usable for name in names)
    keep = {name for name, n in counts.items() if n >= MIN_COUNT or name == "bias"}
    k = len(MOVES)
    table: dict[str, list[float]] = {name: [0.0] * k for name in sorted(keep)}
    grad2: dict[str, list[float]] = {name: [1e-8] * k for name in table}
    order = list(range(len(usable)))
    rng = random.Random(24)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            names, gold = usable[i]
            names = [n for n in names if n in table]
            total = [sum(table[n][j] for n in names) for j in range(k)]
            top = max(total)
            exp = [math.exp(v - top) for v in total]
            norm = sum(exp)
            for j in range(k):
                g = exp[j] / norm - (1.0 if j == gold else 0.0)
                for n in names:
                    grad = g + L2 * table[n][j]
                    grad2[n][j] += grad * grad
                    table[n][j] -= RATE * grad / math.sqrt(grad2[n][j])
    return {
        name: [round(w, 4) for w in row] for name, row in table.items() if any(abs(w) >= 5e-4 for w in row)
    }


def predict(table: dict[str, list[float]], names: list[str] | None, ruled: str, trust: float = TRUST) -> str:
    """As the reader decides (guide.moves.reader.choose)."""
    if names is None:
        return ruled
    return choose({"weights": table, "moves": list(MOVES), "trust": trust}, names, ruled)


def typo_mender(items: list[dict], lang: str, fuzzy: bool):
    """Mends a word seen less than twice in the train turns and in no rule to the rule word one or two
    edits away: rapidfuzz's Levenshtein distance, or the same in plain Python (fuzzy=False),
    to see what rapidfuzz adds."""
    import re as regex  # deferred: only for this experiment

    from guide.moves.rules import RULES

    keywords = sorted({w for _, _, p in RULES[lang] for w in regex.findall(r"[a-z]{4,}", p)})
    seen = Counter(w for row in items for w in regex.findall(r"\w+", row["turn"].lower()))
    known = set(keywords) | {w for w, n in seen.items() if n >= 2}  # a typo is seldom typed twice
    if fuzzy:
        from rapidfuzz import process  # deferred: measured here, not shipped
        from rapidfuzz.distance import Levenshtein

        def closest(word):
            found = process.extractOne(word, keywords, scorer=Levenshtein.distance,
                                       score_cutoff=1 if len(word) < 8 else 2)
            return found[0] if found else word
    else:
        def closest(word):
            limit = 1 if len(word) < 8 else 2
            return next((k for k in keywords if abs(len(k) - len(word)) <= limit and _edits(k, word, limit)),
                        word)

    def mend(word, _lang):
        return word if len(word) < 5 or word in known else closest(word)

    return mend


def _edits(a: str, b: str, limit: int) -> bool:
    """Whether a and b are at most `limit` insertions, deletions or substitutions apart."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > limit:
            return False
    return row[-1] <= limit


def cross_validate(lang: str, folds: int = 5, quick: bool = False) -> None:
    """Grouped by situation, so no fold sees a client it is tested on. TRAIN rows only."""
    items = rows(lang, "train")
    situations = sorted({row["situation"] for row in items})
    variants = {
        "rules only": None,
        "model, words + chars + rules": {"chars": True, "rules": True, "stem": "own"},
        "model, words + rules (no chars)": {"chars": False, "rules": True, "stem": "own"},
        "  same, rules stand at p >= 0.1": {"chars": False, "rules": True, "stem": "own", "trust": 0.1},
        "  same, rules stand at p >= 0.4": {"chars": False, "rules": True, "stem": "own", "trust": 0.4},
        "  same, model alone decides": {"chars": False, "rules": True, "stem": "own", "trust": 1.01},
        "model, words + chars (no rules)": {"chars": True, "rules": False, "stem": "own"},
        "model, no stemming": {"chars": False, "rules": True, "stem": "none"},
        "model, snowballstemmer": {"chars": False, "rules": True, "stem": "snowball"},
        "model, simplemma lemmas": {"chars": False, "rules": True, "stem": "simplemma"},
        "model, typos mended (rapidfuzz)": {"chars": False, "rules": True, "stem": "own",
                                            "typos": "rapidfuzz"},
        "model, typos mended (plain Python)": {"chars": False, "rules": True, "stem": "own",
                                               "typos": "plain"},
    }
    for name, options in variants.items():
        if quick and name not in ("rules only", "model, words + rules (no chars)"):
            continue
        trust = (options or {}).get("trust", TRUST)
        typos = (options or {}).get("typos")
        options = {k: v for k, v in options.items() if k not in ("trust", "typos")} if options else None
        try:
            text.SPELLING = typo_mender(items, lang, typos == "rapidfuzz") if typos else None
        except ImportError as missing:
            print(f"  {lang} {name:34} not measured: {missing.name} is not installed")
            continue
        if options is not None:
            features.OPTIONS.update(options)
        data = featurize(items, lang)
        gold, got = [], []
        for f in range(folds):
            held = {s for i, s in enumerate(situations) if i % folds == f}
            train_rows = [d for d, row in zip(data, items, strict=True) if row["situation"] not in held]
            test_rows = [d for d, row in zip(data, items, strict=True) if row["situation"] in held]
            table = train(train_rows) if options is not None else {}
            for names, label, ruled in test_rows:
                gold.append(label)
                got.append(ruled if options is None else predict(table, names, ruled, trust))
        result = scores(gold, got)
        warned = " ".join(f"{m[:4]} {result['per'][m][1]:.2f}" for m in ("advice", "confront", "reassure",
                                                                          "not_a_turn"))
        print(f"  {lang} {name:34} macro-F1 {result['macro']:.3f}  kappa {result['kappa']:.3f}  "
              f"recall: {warned}")
    features.OPTIONS.update({"chars": False, "rules": True, "stem": "own"})
    text.SPELLING = None


SHIPPED = {"chars": False, "rules": True, "stem": "own"}  # the kinds of features the shipped reader uses


def weights_file(lang: str) -> str:
    """The text of guide/moves/weights/<lang>.json as the train rows and this code make it."""
    features.OPTIONS.update(SHIPPED)
    table = train(featurize(rows(lang, "train"), lang))
    body = {"moves": list(MOVES), "options": dict(SHIPPED), "trust": TRUST,
            "trained_on": f"tests/data/moves/{lang}.jsonl, split train", "weights": table}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.train_moves")
    parser.add_argument("--cv", action="store_true", help="compare the alternatives on the train split")
    parser.add_argument("--quick", action="store_true",
                        help="with --cv: only the rules and the shipped model")
    parser.add_argument("--lang", choices=("nl", "en"), action="append")
    args = parser.parse_args()
    for lang in args.lang or ("nl", "en"):
        if not rows(lang, "train"):
            print(f"{lang}: no train rows", file=sys.stderr)
            continue
        if args.cv:
            cross_validate(lang, quick=args.quick)
            continue
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / f"{lang}.json"
        text = weights_file(lang)
        path.write_text(text, encoding="utf-8")
        table = json.loads(text)["weights"]
        print(f"{lang}: {len(table)} features -> {path.relative_to(OUT.parent.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
