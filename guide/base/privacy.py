"""Spotting a Belgian national register number (INSZ / rijksregisternummer).

The number has 11 digits: YYMMDD (birth date), a 3-digit serial and a 2-digit
check. The check is 97 - (first nine digits mod 97); for people born from 2000
on, the nine digits get a leading 2 before the modulo.

People write it in many ways: 85.07.30-033.28, 850730-033-28, 85/07/30 033 28,
8507 3003 328, with a line break or a zero-width space inside. So any short run
of characters that are neither letters nor digits may separate the digits: the
11 digits are taken from consecutive groups of digits, starting and ending at a
group's edge (so an account or phone number whose groups do not add up to 11 is
not mistaken for one).
"""

from __future__ import annotations

import re
import unicodedata

from guide.base.errors import AnswerError

MAX_GAP = 3  # separator characters between two groups of digits: ". ", " - ", "\r\n "


def valid_insz(digits: str) -> bool:
    if len(digits) != 11 or not digits.isdigit():
        return False
    body, check = int(digits[:9]), int(digits[9:])
    return 97 - body % 97 == check or 97 - int("2" + digits[:9]) % 97 == check


def _digit(ch: str) -> str | None:
    if "0" <= ch <= "9":
        return ch
    if ch.isdecimal():  # full-width and other scripts' digits count too
        return str(unicodedata.decimal(ch))
    return None


def _chains(text: str):
    """Runs of digit groups joined by short separators: [(digits, start, end), ...] per run."""
    chain: list[tuple[str, int, int]] = []
    i, n = 0, len(text)
    while i < n:
        if _digit(text[i]) is None:
            i += 1
            continue
        start = i
        digits = []
        while i < n and (d := _digit(text[i])) is not None:
            digits.append(d)
            i += 1
        chain.append(("".join(digits), start, i))
        gap = i
        while gap < n and _digit(text[gap]) is None and not text[gap].isalpha() and gap - i < MAX_GAP + 1:
            gap += 1
        if gap < n and _digit(text[gap]) is not None and gap - i <= MAX_GAP:
            i = gap
            continue
        yield chain
        chain = []
        i = max(gap, i + 1) if gap > i else i
    if chain:
        yield chain


def find_insz(text: str) -> str | None:
    for chain in _chains(text):
        for first in range(len(chain)):
            digits = ""
            for last in range(first, len(chain)):
                digits += chain[last][0]
                if len(digits) >= 11:
                    if len(digits) == 11 and valid_insz(digits):
                        return text[chain[first][1]:chain[last][2]]
                    break
    return None


# A capitalised word of letters (Marc, Peeters, D'Hondt, Van-Damme); particles such as "van" may sit between.
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ](?:'[A-ZÀ-ÖØ-Þ])?[a-zß-öø-ÿ]+(?:['-][A-Za-zÀ-ÖØ-öø-ÿ]+)*$")
_PARTICLES = {"van", "de", "der", "den", "ter", "le", "la", "du", "vanden", "vander", "d'", "t"}


def looks_like_name(text: str) -> bool:
    """True for 'Marc Peeters' or 'Anna van den Broeck': a first and a last name,
    which a session label must never hold. Codes and initials ('T-3', 'A.B.') are fine."""
    words = text.split()
    named = [w for w in words if w.lower() not in _PARTICLES]
    return len(named) >= 2 and all(_NAME_WORD.match(w) for w in named)


def check_private(text: str) -> None:
    """Refuse text holding a Belgian national register number."""
    if find_insz(text):
        raise AnswerError("privacy.insz")
