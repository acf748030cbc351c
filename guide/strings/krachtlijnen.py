"""The krachtlijnen's word and score texts (their names come from the cards)."""

STRINGS: dict[str, dict[str, str]] = {
    "krachtlijn.word": {"nl": "Krachtlijn", "en": "Line of strength"},
}
