"""Typed text (guide/base/typed.py): what is refused and why, and the warnings about it."""

STRINGS: dict[str, dict[str, str]] = {
    "typed.too-long": {
        "nl": "Deze tekst is te lang: {length} tekens, er passen er {limit}. Er is niets bewaard; "
              "maak hem korter of splits hem.",
        "en": "This text is too long: {length} characters, {limit} fit. Nothing was saved; "
              "shorten it or split it.",
    },
    "typed.undecodable": {
        "nl": "Let op: deze tekst bevatte bytes die geen UTF-8 zijn; die staan er nu als \ufffd.",
        "en": "Note: this text held bytes that are not UTF-8; they now show as \ufffd.",
    },
}
