"""Matching a typed turn to a choice's options (guide/moves/options.py): how the turn was understood."""

STRINGS: dict[str, dict[str, str]] = {
    # the gist is the matched option's whole label, quoted: the learner accepts all of it;
    # the move is named only when the reader finds it in the turn and in the option
    "matching.understood.open_question": {"nl": "Je vraagt open, zoals in: “{gist}”",
                                          "en": "You ask an open question, as in: “{gist}”"},
    "matching.understood.closed_question": {"nl": "Je stelt een gesloten vraag, zoals in: “{gist}”",
                                            "en": "You ask a closed question, as in: “{gist}”"},
    "matching.understood.reflection": {"nl": "Je geeft terug wat je hoort, zoals in: “{gist}”",
                                       "en": "You give back what you hear, as in: “{gist}”"},
    "matching.understood.summary": {"nl": "Je vat samen, zoals in: “{gist}”",
                                    "en": "You sum up, as in: “{gist}”"},
    "matching.understood.affirmation": {"nl": "Je benoemt wat de ander sterk doet, zoals in: “{gist}”",
                                        "en": "You name what the other does well, as in: “{gist}”"},
    "matching.understood.autonomy_permission": {"nl": "Je legt de keuze bij de ander, zoals in: “{gist}”",
                                                "en": "You leave the choice to the other, as in: “{gist}”"},
    "matching.understood.information": {"nl": "Je geeft uitleg, zoals in: “{gist}”",
                                        "en": "You explain, as in: “{gist}”"},
    "matching.understood.advice": {"nl": "Je stelt zelf voor wat er gebeurt, zoals in: “{gist}”",
                                   "en": "You propose what happens yourself, as in: “{gist}”"},
    "matching.understood.confront": {"nl": "Je spreekt de ander aan op wat die doet, zoals in: “{gist}”",
                                     "en": "You confront the other with what they do, as in: “{gist}”"},
    "matching.understood.reassure": {"nl": "Je stelt gerust, zoals in: “{gist}”",
                                     "en": "You reassure, as in: “{gist}”"},
    "matching.understood.as": {"nl": "Begrepen als: “{gist}”", "en": "Understood as: “{gist}”"},
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
