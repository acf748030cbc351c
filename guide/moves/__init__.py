"""Reading a learner's own words: the kind of move a typed turn is, and why (docs/moves.md).

No user interface, no network, no Textual. Importing this package is cheap: the reader and its
weights load on the first `read`.
"""

from __future__ import annotations

from guide.moves.kinds import GOOD_MOVES, MOVES, WARNED_MOVES, Reading, describe

__all__ = ["GOOD_MOVES", "MOVES", "WARNED_MOVES", "Reading", "describe", "read"]


def read(turn: str, lang: str = "nl", context: str | None = None) -> Reading:
    """Read one turn; `context` is the client's last line, when known."""
    from guide.moves import reader  # deferred: the rules and weights load on the first reading

    return reader.read(turn, lang, context)
