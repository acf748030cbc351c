"""Control characters (ESC, BEL, the other C0 and C1 codes) never get in, and never get out raw.

Typed text is cleaned on the way in: a terminal-escape in an answer, a note or a label would
otherwise be printed later by `sessions show`, `sessions list` or `play` and act on the
reader's terminal. What is printed is made visible as well (older data, flow texts).
Invisible characters that reorder or hide text (bidi controls, zero-width characters) follow
the same rule: removed on the way in (guide/base/typed.py), shown as their code on the way out.
"""

from __future__ import annotations

import re
from functools import cache

# C0 except tab and newline, DEL, C1
_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f-\x9f]"
# bidi controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C),
# zero-width characters (U+200B-U+200D, U+2060, U+FEFF)
_INVISIBLE = "[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
_SURROGATE = "[\ud800-\udfff]"  # bytes Python could not decode (surrogateescape)
# the three in one class: visible() reads a long text (sessions list) once, not three times
_PATTERNS = {"CONTROL": _CONTROL, "INVISIBLE": _INVISIBLE, "SURROGATE": _SURROGATE,
             "_HIDDEN": f"{_CONTROL[:-1]}{_INVISIBLE[1:-1]}{_SURROGATE[1:]}"}


@cache
def _pattern(name: str) -> re.Pattern:
    return re.compile(_PATTERNS[name])


def __getattr__(name: str) -> re.Pattern:
    """CONTROL, INVISIBLE and SURROGATE, compiled when first used: a plain ASCII list needs none."""
    if name in _PATTERNS:
        return _pattern(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def clean(text: str) -> str:
    """Typed text without control characters (a carriage return becomes a newline)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _pattern("CONTROL").sub("", text)


def first_control(text: str) -> str | None:
    match = _pattern("CONTROL").search(text)
    return match.group(0) if match else None


def _shown(match: re.Match) -> str:
    code = ord(match.group(0))
    if code <= 0x9F:
        return f"\\x{code:02x}"
    return "\ufffd" if 0xD800 <= code <= 0xDFFF else f"\\u{code:04x}"


# the ASCII characters that are shown as they are: deleting them leaves only what must be shown as a code
_ASCII_SHOWN = bytes(c for c in range(128) if c in (9, 10) or 32 <= c < 127)


def visible(text: str) -> str:
    """For a terminal or an export: each control character shown as its code (\\x1b), each
    invisible one as its code (\\u202e), undecodable bytes as U+FFFD; never sent raw."""
    if text.isascii() and not text.encode("ascii").translate(None, _ASCII_SHOWN):
        return text  # plain ASCII without a control character (most lists): a tenth of the regex's time
    return _pattern("_HIDDEN").sub(_shown, text)
