"""Spotting a Belgian national register number (INSZ / rijksregisternummer).

The number has 11 digits: YYMMDD (birth date), a 3-digit serial and a 2-digit
check. The check is 97 - (first nine digits mod 97); for people born from 2000
on, the nine digits get a leading 2 before the modulo.
"""

from __future__ import annotations

import re

# 11 digits, optionally written as YY.MM.DD-SSS.CC (with dots, dashes or spaces)
_CANDIDATE = re.compile(r"(?<!\d)(\d{2})[.\s]?(\d{2})[.\s]?(\d{2})[-.\s]?(\d{3})[.\s]?(\d{2})(?!\d)")


def valid_insz(digits: str) -> bool:
    if len(digits) != 11 or not digits.isdigit():
        return False
    body, check = int(digits[:9]), int(digits[9:])
    return 97 - body % 97 == check or 97 - int("2" + digits[:9]) % 97 == check


def find_insz(text: str) -> str | None:
    for match in _CANDIDATE.finditer(text):
        digits = "".join(match.groups())
        if valid_insz(digits):
            return match.group(0)
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
