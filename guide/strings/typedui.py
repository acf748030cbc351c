"""Typed play in the app (guide/tui/typedplay.py): the mode, one input at a choice, the understood line."""

STRINGS: dict[str, dict[str, str]] = {
    # the new-session dialog of a role-play
    "typedui.mode": {"nl": "Hoe speel je?", "en": "How do you play?"},
    "typedui.mode.options": {"nl": "Met keuzes", "en": "With choices"},
    "typedui.mode.typed": {"nl": "In je eigen woorden", "en": "In your own words"},
    # the top bar of a typed play
    "typedui.topbar": {"nl": "in je eigen woorden", "en": "in your own words"},
    # at a choice: one input, no options
    "typedui.prompt": {"nl": "Wat zeg je tegen {name}?", "en": "What do you say to {name}?"},
    "typedui.hint": {
        "nl": "Typ wat je zegt, dan Enter. Je ziet geen opties: {name} reageert op wat je bedoelt.",
        "en": "Type what you say, then Enter. You see no options: {name} answers what you mean.",
    },
    "typedui.hint-now": {
        "nl": "Typ wat je zegt, dan Enter. {name} antwoordt meteen, zonder te vragen hoe je het bedoelde.",
        "en": "Type what you say, then Enter. {name} answers at once, without asking what you meant.",
    },
    "typedui.send": {"nl": "Zeg het (Enter)", "en": "Say it (Enter)"},  # the button under the box
    "typedui.empty": {"nl": "Typ eerst wat je zegt.", "en": "First type what you say."},
    "typedui.the-client": {"nl": "de cliënt", "en": "the client"},
    # the confirmation line
    "typedui.confirm-keys": {
        "nl": "{accept}: klopt · {pick}: kies wat je bedoelde · {back}: anders zeggen",
        "en": "{accept}: that's it · {pick}: pick what you meant · {back}: say it differently",
    },
    "typedui.pick-keys": {
        "nl": "{accept}: dit bedoelde ik · {back}: terug",
        "en": "{accept}: this is what I meant · {back}: back",
    },
    "typedui.something-else": {"nl": "Iets anders", "en": "Something else"},
    "typedui.key.accept": {"nl": "Klopt", "en": "That's it"},
    "typedui.key.pick": {"nl": "Kies zelf", "en": "Pick"},
    "typedui.key.meant": {"nl": "Dit bedoelde ik", "en": "This is what I meant"},
}
