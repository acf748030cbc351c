"""Write guide/moves/weights/examples.json from the train rows of tests/data/options (never dev or test).

    python -m benchmarks.train_options

tests/test_options_match.py checks that the shipped file is what this writes.
"""

from __future__ import annotations

import json

from benchmarks.options import rows
from guide.moves.model import WEIGHTS

OUT = WEIGHTS / "examples.json"


def build() -> dict:
    """{lang: {flow: {step: [[turn, option or null], ...]}}} of the train rows, in file order."""
    out: dict = {}
    for lang in ("nl", "en"):
        for row in rows(lang, "train"):
            out.setdefault(lang, {}).setdefault(row["flow"], {}).setdefault(row["step"], []).append(
                [row["turn"], row["option"]])
    return out


def text() -> str:
    return json.dumps(build(), ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


if __name__ == "__main__":
    OUT.write_text(text(), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")
