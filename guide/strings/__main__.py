"""`python -m guide.strings`: write guide/strings/index.py (key -> area) from the areas."""

from __future__ import annotations

import json
from pathlib import Path

from guide.strings import index

OUT = Path(__file__).with_name("index.py")


def text() -> str:
    lines = [f"    {json.dumps(key)}: {json.dumps(area)},\n" for key, area in sorted(index().items())]
    return ('"""Which area of guide/strings holds each key: written by `python -m guide.strings`."""\n\n'
            "INDEX = {\n" + "".join(lines) + "}\n")


if __name__ == "__main__":
    OUT.write_text(text(), encoding="utf-8")
    print(f"wrote {OUT} ({len(index())} keys)")
