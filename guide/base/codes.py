"""Short codes people type or read off a screen: training codes, a room's join code, a live play's code.

A training code names one group on one day ("BK-gent-2026-12-02"): letters, digits and ". _ -",
at most 40 characters, never a national register number. Join and live codes are drawn at random
from alphabets without look-alikes, so they can be read off a projector.
"""

from __future__ import annotations

import re
import secrets

from guide.base import typed
from guide.base.errors import AnswerError
from guide.base.privacy import check_private

TRAINING_MAX = 40
_TRAINING = re.compile(r"^[\w.-]+$")

JOIN_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: easy to read off a screen
JOIN_LENGTH = 6
LIVE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"  # no 0/O, 1/I/L, 2/Z, 5/S, 8/B: read off a projector
LIVE_LENGTH = 5


def clean_training(text: str | None) -> str:
    """A training code as stored ("" for none), or AnswerError("training.bad-code")."""
    code = typed.plain(text).strip()
    if not code:
        return ""
    if len(code) > TRAINING_MAX or not _TRAINING.match(code):
        raise AnswerError("training.bad-code", max=TRAINING_MAX)
    check_private(code)
    return code


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_ALPHABET) for _ in range(JOIN_LENGTH))


def normal_join_code(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def new_live_code() -> str:
    return "".join(secrets.choice(LIVE_ALPHABET) for _ in range(LIVE_LENGTH))


def normal_live_code(text: str) -> str:
    """What someone typed as a live code: case and spaces do not matter, look-alikes are read kindly."""
    typed = "".join(ch for ch in str(text).upper() if ch.isalnum())
    return typed.translate(str.maketrans("0O1IL", "DDTTT"))[:12]
