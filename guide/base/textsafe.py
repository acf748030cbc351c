"""Control characters (ESC, BEL, the other C0 and C1 codes) never get in, and never get out raw.

Typed text is cleaned on the way in: a terminal-escape in an answer, a note or a label would
otherwise be printed later by `sessions show`, `sessions list` or `play` and act on the
reader's terminal. What is printed is made visible as well (older data, flow texts).
"""

from __future__ import annotations

import re

# C0 except tab and newline, DEL, C1
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Typed text without control characters (a carriage return becomes a newline)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL.sub("", text)


def first_control(text: str) -> str | None:
    match = CONTROL.search(text)
    return match.group(0) if match else None


def visible(text: str) -> str:
    """For a terminal: each control character shown as its code (\\x1b), never sent raw."""
    return CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)
