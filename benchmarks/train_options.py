"""Write guide/moves/weights/examples.json from the example rows of tests/data/options: the train rows, and
the fresh splits of earlier rounds once they were scored (never dev, test or the latest fresh split).

    python -m benchmarks.train_options

tests/test_options_match.py checks that the shipped file is what this writes.
"""

from __future__ import annotations

import json

from benchmarks.options import EXAMPLES, rows
from guide.moves.model import WEIGHTS

OUT = WEIGHTS / "examples.json"


def build() -> dict:
    """{lang: {flow: {step: [[turn, option or null], ...]}}} of the example rows, split by split."""
    out: dict = {}
    for lang in ("nl", "en"):
        for split in EXAMPLES:
            for row in rows(lang, split):
                out.setdefault(lang, {}).setdefault(row["flow"], {}).setdefault(row["step"], []).append(
                    [row["turn"], row["option"]])
    return out


def text() -> str:
    return json.dumps(build(), ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


if __name__ == "__main__":
    OUT.write_text(text(), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")
