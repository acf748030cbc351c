"""Texts on flow diagrams (`bindkracht graph`)."""

STRINGS: dict[str, dict[str, str]] = {
    "graph.after-call": {
        "nl": "na {flow}",
        "en": "after {flow}",
    },
    "graph.otherwise": {
        "nl": "iets anders",
        "en": "something else",
    },
}
