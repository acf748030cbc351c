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
