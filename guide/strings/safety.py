"""Texts about keeping answers whole and in their place: stale presses, a session open
elsewhere, unsafe characters, files that are not what they seem."""

STRINGS = {
    "session.stale": {
        "nl": "Dat antwoord was voor een vorige vraag en is niet bewaard.",
        "en": "That answer was meant for an earlier question and was not saved.",
    },
}
