"""Matching a typed turn to a choice's options (guide/moves/options.py): how the turn was understood."""

STRINGS: dict[str, dict[str, str]] = {
    # {option} is the matched option's whole label, quoted: the learner accepts all of it;
    # the move is named only when the reader finds it in the turn and in the option
    "matching.understood.open_question": {"nl": "Je vraagt open, zoals in: “{option}”",
                                          "en": "You ask an open question, as in: “{option}”"},
    "matching.understood.closed_question": {"nl": "Je stelt een gesloten vraag, zoals in: “{option}”",
                                            "en": "You ask a closed question, as in: “{option}”"},
    "matching.understood.reflection": {"nl": "Je geeft terug wat je hoort, zoals in: “{option}”",
                                       "en": "You give back what you hear, as in: “{option}”"},
    "matching.understood.summary": {"nl": "Je vat samen, zoals in: “{option}”",
                                    "en": "You sum up, as in: “{option}”"},
    "matching.understood.affirmation": {"nl": "Je benoemt wat de ander sterk doet, zoals in: “{option}”",
                                        "en": "You name what the other does well, as in: “{option}”"},
    "matching.understood.autonomy_permission": {"nl": "Je legt de keuze bij de ander, zoals in: “{option}”",
                                                "en": "You leave the choice to the other, as in: “{option}”"},
    "matching.understood.information": {"nl": "Je geeft uitleg, zoals in: “{option}”",
                                        "en": "You explain, as in: “{option}”"},
    "matching.understood.advice": {"nl": "Je stelt zelf voor wat er gebeurt, zoals in: “{option}”",
                                   "en": "You propose what happens yourself, as in: “{option}”"},
    "matching.understood.confront": {"nl": "Je spreekt de ander aan op wat die doet, zoals in: “{option}”",
                                     "en": "You confront the other with what they do, as in: “{option}”"},
    "matching.understood.reassure": {"nl": "Je stelt gerust, zoals in: “{option}”",
                                     "en": "You reassure, as in: “{option}”"},
    "matching.understood.as": {"nl": "Begrepen als: “{option}”", "en": "Understood as: “{option}”"},
    "matching.understood.none": {
        "nl": "Dit lijkt op geen van de mogelijkheden: de cliënt hoort iets anders.",
        "en": "This matches none of the options: the client hears something else.",
    },
    "matching.understood.no-turn": {
        "nl": "{why}. De cliënt hoort iets anders.",
        "en": "{why}. The client hears something else.",
    },
    "matching.understood.no-turn.named": {
        "nl": "{why}. {name} hoort iets anders.",
        "en": "{why}. {name} hears something else.",
    },
    "matching.understood.none.named": {
        "nl": "Dit lijkt op geen van de mogelijkheden: {name} hoort iets anders.",
        "en": "This matches none of the options: {name} hears something else.",
    },
    # bindkracht moves --jsonl with a flow and step
    "cli.moves.err.flow-step": {"nl": '"flow" en "step" moeten allebei tekst zijn',
                                "en": '"flow" and "step" must both be text'},
    "cli.moves.err.flow": {"nl": "onbekende flow '{flow}' (niet bij de meegeleverde of je eigen flows)",
                           "en": "unknown flow '{flow}' (not among the shipped flows or your own)"},
    "cli.moves.err.step": {"nl": "flow '{flow}' heeft geen stap '{step}'",
                           "en": "flow '{flow}' has no step '{step}'"},
    "cli.moves.err.not-choice": {"nl": "stap '{step}' is geen keuze met opties (maar {kind})",
                                 "en": "step '{step}' is not a choice with options (but {kind})"},
}
