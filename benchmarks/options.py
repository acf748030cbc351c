"""The option matcher on the held-out splits of tests/data/options/ (test; fresh8: rows written
later by writers who saw only the options, never the matcher or the other rows, then labelled again blind
by a second person, scored once when they came, docs/moves.md): top-1 accuracy by word-overlap band,
"something else" precision and recall, time per turn, beside plain word overlap and the matcher without
its example turns.

    python -m benchmarks --only options

The matcher is built on the train rows (its lexicons) and on the example rows (its example turns:
benchmarks/train_options.py): the train rows and the fresh splits of earlier rounds, fresh to fresh7,
each made an example once it had been scored (their first figures are in docs/moves.md). `--train`
prints the figures on the train rows, each row left out of the examples while it is read (for tuning,
`--wrong` adds the misses), and `--split dev` on the dev rows, written apart from the train rows, as
aggregate figures only: they tell whether a change generalises. Only this benchmark reads the test and
fresh8 rows.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "options"
# the example turns (benchmarks/train_options.py)
EXAMPLES = ("train", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7")
HELD_OUT = ("test", "fresh8")  # never examples, never tuned on
SPLITS = (*EXAMPLES, "dev", *HELD_OUT)
LOW = 0.25  # overlap at or below this is a low-overlap paraphrase
WARM = {"nl": "Wat is er gebeurd?", "en": "What happened?"}  # a turn that reads a choice's options

# method words and mashing: never the best option (the rule)
NONSENSE = {
    "nl": ["open vraag empathie presentie luisteren", "reflectie samenvatting autonomie", "asdf jklm qwerty",
           "empathie empathie empathie", "hoe voel je knap jij beslist samen", "LSD luisteren samenvatten "
           "doorvragen", "presentie bindkracht krachtgericht", "lkjhg poiuy", "open vraag", "test test"],
    "en": ["open question empathy presence listening", "reflection summary autonomy", "asdf jklm qwerty",
           "empathy empathy empathy", "how do you feel brave you decide together", "OARS open affirm reflect",
           "lkjhg poiuy", "active listening", "test test"],
}


def overlap_stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[^\W\d_]+", text.lower()) if len(w) >= 4}


def overlap(turn: str, label: str) -> float:
    """The data's word overlap (tests/data/options): shared 5-letter stems over the turn's."""
    s = overlap_stems(turn)
    return len(s & overlap_stems(label)) / max(1, len(s))


def rows(lang: str, split: str) -> list[dict]:
    found: list[dict] = []
    for path in sorted((DATA / lang).glob("*.jsonl")):
        found += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in found if row["split"] == split]


def baseline(turn: str, step, lang: str) -> str | None:
    """Plain word overlap: the option whose label shares the most stems (Jaccard), None below 0.1."""
    s = overlap_stems(turn)
    best, value = 0.0, None
    for option in step.options:
        label = overlap_stems(option.label.get(lang))
        score = len(s & label) / max(1, len(s | label))
        if score > best:
            best, value = score, option.value
    return value if best >= 0.1 else None


def figures(pairs: list[tuple[dict, str | None]], label_of) -> dict:
    """Accuracy by band, and precision/recall of None, from (row, predicted option) pairs."""
    low = [(r, p) for r, p in pairs if r["option"] is not None and overlap(r["turn"], label_of(r)) <= LOW]
    close = [(r, p) for r, p in pairs if r["option"] is not None and overlap(r["turn"], label_of(r)) > LOW]
    options = low + close
    none_gold = [p for r, p in pairs if r["option"] is None]
    none_said = [r for r, p in pairs if p is None]
    def acc(group):
        return sum(r["option"] == p for r, p in group) / len(group) if group else float("nan")
    return {
        "low": (acc(low), len(low)), "close": (acc(close), len(close)), "all": (acc(options), len(options)),
        "precision": (sum(r["option"] is None for r in none_said) / len(none_said) if none_said
                      else float("nan"), len(none_said)),
        "recall": (sum(p is None for p in none_gold) / len(none_gold) if none_gold else float("nan"),
                   len(none_gold)),
        "overall": acc(pairs),
    }


def show(name: str, f: dict) -> None:
    print(f"  {name}: top-1 low-overlap {f['low'][0]:.3f} (n={f['low'][1]}), close {f['close'][0]:.3f} "
          f"(n={f['close'][1]}), all options {f['all'][0]:.3f}; 'something else' precision "
          f"{f['precision'][0]:.3f} (n={f['precision'][1]}), recall {f['recall'][0]:.3f} "
          f"(n={f['recall'][1]}); overall {f['overall']:.3f}")


def run(split: str, wrong: bool = False) -> None:
    from guide.flows import library
    from guide.moves import examples
    from guide.moves.options import match

    lib = library.load()
    steps = {}

    def step_of(row):
        key = (row["flow"], row["step"])
        if key not in steps:
            steps[key] = lib.flows[row["flow"]].step_map()[row["step"]]
        return steps[key]

    for lang, target in (("nl", "low-overlap >= 0.90"), ("en", "all >= 0.85")):
        data = rows(lang, split)
        if not data:
            print(f"{lang}: no {split} rows in {DATA / lang}")
            continue
        def label_of(row, lang=lang):
            return next(o.label.get(lang) for o in step_of(row).options if o.value == row["option"])
        first = []  # the first turn at each choice also reads that choice's options (kept after)
        for key in sorted({(row["flow"], row["step"]) for row in data}):
            began = time.perf_counter()
            match(WARM[lang], step_of({"flow": key[0], "step": key[1]}), lang, flow=key[0])
            first.append(time.perf_counter() - began)
        got, times, cpu = [], [], []
        for row in data:
            examples.held_out = {row["turn"]} if split in EXAMPLES else set()  # the row is an example
            began, used = time.perf_counter(), time.process_time()
            got.append(match(row["turn"], step_of(row), lang, flow=row["flow"]).option)
            times.append(time.perf_counter() - began)
            cpu.append(time.process_time() - used)
        times.sort()
        cpu.sort()
        flows = len({row["flow"] for row in data})
        print(f"\n{lang}: {len(data)} {split} turns over {flows} role-plays (targets: {target}; "
              "'something else' recall >= 0.90)")
        print(f"  ms per turn: median {statistics.median(times) * 1000:.2f}, "
              f"p95 {times[int(0.95 * (len(times) - 1))] * 1000:.2f} (target < 5); the first turn at a "
              f"choice, which reads its options once: median {statistics.median(first) * 1000:.2f}")
        print(f"  CPU ms per turn (what a busy machine does not add): median "
              f"{statistics.median(cpu) * 1000:.2f}, p95 {cpu[int(0.95 * (len(cpu) - 1))] * 1000:.2f}")
        show("matcher", figures(list(zip(data, got, strict=True)), label_of))
        bare = [match(row["turn"], step_of(row), lang).option for row in data]
        show("matcher without the example turns", figures(list(zip(data, bare, strict=True)), label_of))
        if split in HELD_OUT:  # writers may hit on an example's very words ('How old are the kids?')
            known = {turn.strip().lower() for rows_ in examples.every(lang) for turn, _ in rows_}
            unseen = [(row, p) for row, p in zip(data, got, strict=True)
                      if row["turn"].strip().lower() not in known]
            show(f"matcher, rows worded unlike every example turn ({len(unseen)} of {len(data)})",
                 figures(unseen, label_of))
        agreed = [(row, p) for row, p in zip(data, got, strict=True)
                  if row.get("second", row["option"]) == row["option"]]
        if len(agreed) < len(data):
            show(f"matcher, rows a second labeller gave the same option ({len(agreed)} of {len(data)})",
                 figures(agreed, label_of))
        show("baseline, word overlap with the label",
             figures([(r, baseline(r["turn"], step_of(r), lang)) for r in data], label_of))
        step = lib.flows["rp-energie"].step_map()["c_first"]
        examples.held_out = set()
        best = [s for s in NONSENSE[lang] if match(s, step, lang, flow="rp-energie").option is not None]
        print(f"  nonsense and method-word strings given an option: {len(best)} of {len(NONSENSE[lang])}"
              " (target 0)" + "".join(f"\n    {s!r}" for s in best))
        if wrong and split in EXAMPLES:  # only example rows may be looked at
            for row, p in zip(data, got, strict=True):
                if p != row["option"]:
                    print(f"    {row['flow']} {row['step']}: {row['turn']!r} gold {row['option']} got {p}")


def bench_options() -> None:
    for split in HELD_OUT:
        run(split)


def main(argv: list[str]) -> None:
    split = "train" if "--train" in argv else "test"  # --split fresh...fresh4: example rows, each left out
    if "--split" in argv:
        split = argv[argv.index("--split") + 1] if argv.index("--split") + 1 < len(argv) else ""
    if split not in SPLITS:
        sys.exit("usage: python -m benchmarks.options [--train [--wrong] | --split " + "|".join(SPLITS) + "]")
    run(split, wrong="--wrong" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
