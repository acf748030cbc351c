"""The move reader on the TEST split of tests/data/moves/: how well it reads,
against a baseline, and how fast.

    python -m benchmarks --only moves

Only this benchmark reads the test rows; the reader is built and trained on the train rows alone.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from guide.moves import GOOD_MOVES, MOVES

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "moves"

STUFFED = {
    "nl": ["open vraag reflectie empathie", "hoe voel je knap jij beslist mag ik",
           "samen zelf kiezen hoe voel jij", "reflectie: je voelt je boos. open vraag?",
           "empathie empathie empathie", "mag ik jij beslist samen", "knap sterk moedig hoe wat voel",
           "LSD luisteren samenvatten doorvragen", "hoe wat waarom vertel eens jij",
           "klinkt alsof jij beslist knap", "open vraag", "reflectie", "presentie bindkracht empathie",
           "jij kiest samen zelf mag ik hoe voel je dat knap"],
    "en": ["open question reflection empathy", "how do you feel brave you decide may i",
           "together your choice how feel", "reflection: you feel angry. open question?",
           "empathy empathy empathy", "may i you decide together", "strong brave proud how what feel",
           "OARS open affirm reflect summarise", "how what why tell me you",
           "sounds like you decide well done", "open question", "active listening"],
}


def rows(lang: str, split: str | None = None) -> list[dict]:
    path = DATA / f"{lang}.jsonl"
    if not path.exists():
        return []
    found = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in found if split is None or row["split"] == split]


def scores(gold: list[str], got: list[str]) -> dict:
    """Per-move precision, recall and F1, macro-F1 over the moves present, Cohen's kappa, the confusion."""
    per = {}
    for move in MOVES:
        tp = sum(g == move and p == move for g, p in zip(gold, got, strict=True))
        fp = sum(g != move and p == move for g, p in zip(gold, got, strict=True))
        fn = sum(g == move and p != move for g, p in zip(gold, got, strict=True))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[move] = (prec, rec, f1, tp + fn)
    present = [m for m in MOVES if per[m][3]]
    macro = sum(per[m][2] for m in present) / len(present) if present else 0.0
    n = len(gold)
    observed = sum(g == p for g, p in zip(gold, got, strict=True)) / n if n else 0.0
    cg, cp = Counter(gold), Counter(got)
    expected = sum(cg[m] * cp[m] for m in MOVES) / (n * n) if n else 0.0
    kappa = (observed - expected) / (1 - expected) if expected < 1 else 1.0
    confusion = Counter(zip(gold, got, strict=True))
    return {"per": per, "macro": macro, "kappa": kappa, "accuracy": observed, "confusion": confusion}


SHORT = {"open_question": "open", "closed_question": "clos", "reflection": "refl", "summary": "summ",
         "affirmation": "affi", "autonomy_permission": "auto", "information": "info", "advice": "advi",
         "confront": "conf", "reassure": "reas", "not_a_turn": "none"}


def report(name: str, result: dict, full: bool) -> None:
    print(f"  {name}: macro-F1 {result['macro']:.3f}   kappa {result['kappa']:.3f}   "
          f"accuracy {result['accuracy']:.3f}")
    if not full:
        return
    print(f"    {'move':20} {'prec':>5} {'rec':>5} {'F1':>5} {'n':>4}")
    for move in MOVES:
        prec, rec, f1, n = result["per"][move]
        print(f"    {move:20} {prec:5.2f} {rec:5.2f} {f1:5.2f} {n:4d}")
    print("    confusion (rows: label, columns: reading)")
    print("    " + " " * 6 + " ".join(f"{SHORT[m]:>4}" for m in MOVES))
    for gold in MOVES:
        print(
            f"    {SHORT[gold]:>5} "
            + " ".join(f"{result['confusion'][(gold, got)] or '.':>4}" for got in MOVES)
        )


def keyword_baseline(turn: str, lang: str) -> str:
    """What a keyword spotter does: a question mark is a question, 'moet/must' is advice,
    else a reflection."""
    low = turn.lower()
    if not low.strip():
        return "not_a_turn"
    if "?" in low:
        return (
            "open_question"
            if low.split()[0] in ("hoe", "wat", "how", "what", "waarom", "why")
            else "closed_question"
        )
    if any(w in low.split() for w in ("moet", "must", "should", "best")):
        return "advice"
    return "reflection"


def rules_alone(turn: str, lang: str, context: str | None) -> str:
    """The reader's own rules, without the linear model's say."""
    from guide.moves.reader import turn_features  # deferred: only after the cold-load figure

    stop, ruled, _, _ = turn_features(turn, lang, context)
    return (stop or ruled).move


COLD = """
import time, resource
start = time.perf_counter()
import guide.moves as moves
imported = time.perf_counter()
before = int(open("/proc/self/statm").read().split()[1])
moves.read("Hoe gaat het met je?", "nl")
moves.read("How are you doing?", "en")
done = time.perf_counter()
after = int(open("/proc/self/statm").read().split()[1])
print(imported - start, done - imported, (after - before) * resource.getpagesize() / 2**20)
"""


def cold_load(repeat: int = 5) -> tuple[float, float, float]:
    """Median over fresh processes: (import s, first readings in both languages s, MiB they add)."""
    runs = []
    for _ in range(repeat):
        done = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True,
                              cwd=DATA.parent.parent.parent, timeout=120)
        runs.append([float(x) for x in done.stdout.split()])
    return tuple(statistics.median(run[i] for run in runs) for i in range(3))


def agreement() -> None:
    """Cohen's kappa between the labels and a blind second labelling of a sample (second-labels.jsonl)."""
    second = [
        json.loads(line) for line in (DATA / "second-labels.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    first = {row["id"]: row["move"] for lang in ("nl", "en") for row in rows(lang)}
    sample = [row for row in second if row["id"] in first]
    result = scores([first[row["id"]] for row in sample], [row["move"] for row in sample])
    print(f"labels against a blind second labelling of {len(sample)} turns: kappa {result['kappa']:.3f}, "
          f"agreement {result['accuracy']:.1%}")


def bench_moves() -> None:
    agreement()
    imported, first, added = cold_load()
    import guide.moves as moves

    shipped = sum(path.stat().st_size for path in (Path(moves.__file__).parent / "weights").glob("*.json"))
    print(f"moves: import {imported * 1000:.0f} ms, then the first readings in Dutch and English (rules and "
          f"weights load) {first * 1000:.0f} ms, adding {added:.1f} MiB (medians of 5 fresh processes); "
          f"weights shipped {shipped / 1024:.0f} KiB, no new dependency")
    moves.read("Hoe gaat het met je?", "nl")
    moves.read("How are you doing?", "en")
    for lang, target in (("nl", 0.85), ("en", 0.80)):
        test = rows(lang, "test")
        if not test:
            print(f"  {lang}: no labelled test rows in {DATA}")
            continue
        gold = [row["move"] for row in test]
        got, times = [], []
        for row in test:
            began = time.perf_counter()
            got.append(moves.read(row["turn"], lang, row.get("context")).move)
            times.append(time.perf_counter() - began)
        times.sort()
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
        print(f"\n{lang}: {len(test)} test turns (target macro-F1 >= {target}; "
              "recall >= 0.80 advice, confront, reassure; >= 0.95 not_a_turn)")
        print(f"  ms per turn: p50 {statistics.median(times) * 1000:.2f}, p95 {p95 * 1000:.2f} "
              "(target p95 <= 50)")
        report("reader", scores(gold, got), full=True)
        report("rules alone, without the model", scores(gold, [rules_alone(r["turn"], lang, r.get("context"))
                                                            for r in test]), full=False)
        report("baseline, majority move", scores(gold, [Counter(gold).most_common(1)[0][0]] * len(gold)),
               full=False)
        report("baseline, keywords ('?', 'moet/must')",
               scores(gold, [keyword_baseline(r["turn"], lang) for r in test]), full=False)
        second = [row for row in test if row.get("secondary")]
        if second:
            hit = sum(
                moves.read(r["turn"], lang, r.get("context")).secondary == r["secondary"] for r in second
            )
            print(f"  secondary move right on {hit} of {len(second)} compound turns")
        stuffed = [(s, moves.read(s, lang).move) for s in STUFFED[lang]]
        good = [(s, m) for s, m in stuffed if m in GOOD_MOVES]
        print(f"  keyword-stuffed strings read as a good move: {len(good)} of {len(stuffed)} (target 0)"
              + "".join(f"\n    {s!r} -> {m}" for s, m in good))
