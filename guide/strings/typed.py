"""Typed text (guide/base/typed.py): what is refused and why, and the warnings about it."""

STRINGS: dict[str, dict[str, str]] = {
    "typed.too-long": {
        "nl": "Deze tekst is te lang: {length} tekens, er passen er {limit}. Er is niets bewaard; "
              "maak hem korter of splits hem.",
        "en": "This text is too long: {length} characters, {limit} fit. Nothing was saved; "
              "shorten it or split it.",
    },
    "typed.rule": {
        "nl": "Wat je typt, wordt bewaard zoals je het typte, met drie uitzonderingen: onzichtbare "
              "tekens die tekst omdraaien of verbergen (richtingstekens U+202A–U+202E en "
              "U+2066–U+2069, tekens zonder breedte) en stuurtekens worden weggelaten; een "
              "rijksregisternummer wordt geweigerd; een te lange tekst wordt geweigerd met de grens "
              "erbij, nooit ingekort.",
        "en": "What you type is stored as you typed it, with three exceptions: invisible characters "
              "that reverse or hide text (direction marks U+202A–U+202E and U+2066–U+2069, "
              "zero-width characters) and control characters are left out; a national register "
              "number is refused; a text that is too long is refused with the limit, never cut.",
    },
    "typed.undecodable": {
        "nl": "Let op: deze tekst bevatte bytes die geen UTF-8 zijn; die staan er nu als \ufffd.",
        "en": "Note: this text held bytes that are not UTF-8; they now show as \ufffd.",
    },
}
