"""The krachtlijnen's word and score texts (their names come from the cards)."""

STRINGS: dict[str, dict[str, str]] = {
    "krachtlijn.word": {"nl": "Krachtlijn", "en": "Line of strength"},
    "krachtlijn.folded": {
        "nl": "n.v.t. (niet getoetst in dit scenario): krachtlijn {numbers}",
        "en": "n/a (not tested in this scenario): lines of strength {numbers}",
    },
}
