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
    # -- the debrief of a typed play (guide/artefacts/ownwords.py) -------------------------------
    "typed.something-else": {
        "nl": "iets anders",
        "en": "something else",
    },
    "typed.title": {
        "nl": "In je eigen woorden",
        "en": "In your own words",
    },
    "typed.note": {
        "nl": "Per moment wat je typte, hoe het gelezen werd, welke optie het werd (of iets anders), "
              "de beste optie en wat de cliënt toen dacht. Je woorden zelf krijgen geen score.",
        "en": "Per moment what you typed, how it was read, which option it became (or something else), "
              "the best option and what the client thought then. Your words themselves are never scored.",
    },
    "typed.turn": {
        "nl": "Jouw beurt",
        "en": "Your turn",
    },
    "typed.best-same": {
        "nl": "dezelfde (je koos de beste)",
        "en": "the same one (you took the best)",
    },
    "typed.matched": {
        "nl": "Begrepen als",
        "en": "Understood as",
    },
    "typed.thought": {
        "nl": "Binnenkant",
        "en": "Inner side",
    },
    # -- bindkracht play --typed (guide/cli/typedplay.py) -------------------------------------------
    "cli.play.typed": {
        "nl": "speel een rollenspel in je eigen woorden: typ elke beurt, zonder opties te zien",
        "en": "play a role-play in your own words: type every turn, without seeing options",
    },
    "typed.not-roleplay": {
        "nl": "{flow} is geen rollenspel (er is geen cliënt om tegen te praten): --typed werkt alleen "
              "voor een rollenspel. Speel het zonder --typed, of kies een rollenspel met "
              "`bindkracht flows`.",
        "en": "{flow} is not a role-play (there is no client to talk to): --typed only works for a "
              "role-play. Play it without --typed, or pick a role-play with `bindkracht flows`.",
    },
    "typed.mode-kept": {
        "nl": "Deze sessie werd gestart {mode}; ze gaat zo verder.",
        "en": "This session was started {mode}; it goes on that way.",
    },
    "typed.mode.typed": {
        "nl": "in je eigen woorden (--typed)",
        "en": "in your own words (--typed)",
    },
    "typed.mode.options": {
        "nl": "met opties",
        "en": "with options",
    },
    "typed.prompt": {
        "nl": "Typ wat je zegt, dan Enter (de opties blijven verborgen).",
        "en": "Type what you say, then Enter (the options stay hidden).",
    },
    "typed.no-number": {
        "nl": "Typ je beurt in je eigen woorden: hier kies je geen nummer (:help toont de commando's).",
        "en": "Type your turn in your own words: there is no number to pick here (:help shows the commands).",
    },
    "typed.read-again": {
        "nl": "opnieuw gelezen",
        "en": "read again",
    },
    "typed.kept": {
        "nl": "Vorige keer typte je hier: “{words}” "
              "(Enter leest die woorden opnieuw, of typ een nieuwe beurt)",
        "en": "Last time you typed here: “{words}” (Enter reads those words again, or type a new turn)",
    },
    "typed.hint": {
        "nl": "typ je beurt, dan Enter",
        "en": "type your turn, then Enter",
    },
    "typed.say-something": {
        "nl": "Typ eerst wat je zegt.",
        "en": "First type what you say.",
    },
    "typed.not-a-turn": {
        "nl": "Hier wordt nog geen beurt gevraagd: druk Enter om verder te gaan "
              "(wat je typte, is niet bewaard).",
        "en": "No turn is asked here yet: press Enter to go on (what you typed was not kept).",
    },
    "typed.confirm-hint": {
        "nl": "Enter = zo bedoelde ik het · ? = toon de opties en kies wat je bedoelde · 0 = iets anders · "
              "of zeg het opnieuw in andere woorden",
        "en": "Enter = that is what I meant · ? = show the options and pick what you meant · "
              "0 = something else · or say it again in other words",
    },
    "typed.pick-hint": {
        "nl": "Typ het nummer van wat je bedoelde (0 = iets anders) · Enter = zoals begrepen · "
              "of zeg het opnieuw in andere woorden",
        "en": "Type the number of what you meant (0 = something else) · Enter = as understood · "
              "or say it again in other words",
    },
    "typed.confirm-again": {
        "nl": "Druk Enter, typ ? voor de opties, een nummer uit de lijst (0 = iets anders), "
              "of zeg het opnieuw in andere woorden.",
        "en": "Press Enter, type ? for the options, a number from the list (0 = something else), "
              "or say it again in other words.",
    },
    # -- test plans ----------------------------------------------------------------------------------
    "plan.otherwise-left": {
        "nl": "otherwise: nooit gespeeld bij {steps} (geen keuze op het pad, of een tikfout?)",
        "en": "otherwise: never played at {steps} (not a choice on the path, or a typo?)",
    },
}
