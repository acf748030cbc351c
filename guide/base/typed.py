"""One guard for every text a person types: answers, notes, labels, training names, the
observers' notes, the coach's binnenkant and a live play's notes.

`take(text, limit)` gives the text as it will be stored, or raises AnswerError:
- bytes that are not UTF-8 become U+FFFD (the replacement character); `undecodable` tells;
- control characters go (textsafe.clean);
- invisible characters go: bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E,
  U+200F, U+061C) and zero-width characters (U+200B-U+200D, U+2060, U+FEFF), so "0001 EUR"
  can never be shown as "RUE 1000" and nothing hides inside a word;
- a text longer than `limit` characters is refused whole, with the limit in the message:
  never cut;
- a Belgian national register number is refused (privacy.check_private).
Older data and flow texts are made visible on the way out (textsafe.visible).
"""

from __future__ import annotations

from guide.base.errors import AnswerError
from guide.base.privacy import check_private
from guide.base.textsafe import INVISIBLE, SURROGATE, clean

# the longest text each field keeps, in characters
ANSWER = 50_000
TURN = 1_000  # one turn in a conversation: own words at a choice, typed play
NOTE = 50_000
LABEL = 40
TRAINING = 40
OBSERVER_NOTE = 280
INSIDE = 10_000
LIVE_NOTE = 280


def undecodable(text: str | bytes) -> bool:
    """True when the text holds bytes that are not UTF-8 (they become U+FFFD)."""
    if isinstance(text, bytes):
        try:
            text.decode("utf-8")
        except UnicodeDecodeError:
            return True
        return False
    return SURROGATE.search(text) is not None


def plain(text: str | bytes | None) -> str:
    """The text without undecodable bytes, control and invisible characters (nothing refused)."""
    if text is None:
        return ""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    text = SURROGATE.sub("\ufffd", str(text))
    return INVISIBLE.sub("", clean(text))


def take(text: str | bytes | None, limit: int, *, line: bool = False, private: bool = True) -> str:
    """The text to store (stripped; `line`: on one line) or AnswerError when it cannot be kept."""
    text = plain(text)
    if line:
        text = text.replace("\n", " ").replace("\t", " ")
    text = text.strip()
    if len(text) > limit:
        raise AnswerError("typed.too-long", limit=limit, length=len(text))
    if private:
        check_private(text)
    return text
