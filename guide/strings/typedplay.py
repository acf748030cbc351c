"""Typed play: the learner types every turn of a role-play; the client hears what was typed."""

STRINGS: dict[str, dict[str, str]] = {
    "check.otherwise-scores": {
        "nl": "scores: op otherwise: tellen alleen met next: (zonder next wordt de keuze opnieuw gesteld)",
        "en": "scores: on otherwise: only count with next: (without next the choice is asked again)",
    },
    # -- engine: a turn that means none of the options, at a choice without otherwise: ------------
    "engine.otherwise.asks": {
        "nl": "{name} kijkt je even aan. \u201eHoe bedoel je?\u201d",
        "en": "{name} looks at you for a moment. \u201cWhat do you mean?\u201d",
    },
    "engine.otherwise.waits": {
        "nl": "{name} zegt niets en wacht af.",
        "en": "{name} says nothing and waits.",
    },
    "engine.otherwise.someone": {
        "nl": "De cli\u00ebnt",
        "en": "The client",
    },
}
