"""A client who reacts: state, effects, early ends, say it yourself first, binnenkant timing."""

STRINGS: dict[str, dict[str, str]] = {
    # -- check ---------------------------------------------------------------------
    "check.state-range": {
        "nl": "toestand {name}: min ({min}) moet kleiner zijn dan max ({max})",
        "en": "state {name}: min ({min}) must be smaller than max ({max})",
    },
    "check.state-start": {
        "nl": "toestand {name}: start {start} ligt buiten de grenzen {min} … {max}",
        "en": "state {name}: start {start} lies outside the bounds {min} … {max}",
    },
    "check.unknown-state": {
        "nl": "effect op {name}, maar die toestand is niet gedeclareerd onder state: (gekend: {known})",
        "en": "effect on {name}, but no such state is declared under state: (known: {known})",
    },
    "check.state-clash": {
        "nl": "{name} is zowel een toestand als een variabele (regel {line}): kies een andere naam",
        "en": "{name} is both a state and a variable (line {line}): choose another name",
    },
    "check.state-compare": {
        "nl": "toestand {name} is een getal en wordt nooit gelijk aan de tekst \"{value}\"",
        "en": "state {name} is a number and never equals the text \"{value}\"",
    },
    "check.effects-kind": {
        "nl": "effects: hoort bij de opties van een keuze (kind: choice), niet bij {kind}",
        "en": "effects: belongs on the options of a choice (kind: choice), not on {kind}",
    },
    "check.say-first-kind": {
        "nl": "say_first: kan alleen op een keuze (kind: choice), niet op {kind}",
        "en": "say_first: only works on a choice (kind: choice), not on {kind}",
    },
    "check.early-kind": {
        "nl": "early: kan alleen op een einde (kind: end), niet op {kind}",
        "en": "early: only works on an end (kind: end), not on {kind}",
    },
    "check.early-no-why": {
        "nl": "vroeg einde {id} heeft geen why: (de nabespreking legt er het vroege einde mee uit)",
        "en": "early end {id} has no why: (the debrief explains the early end with it)",
    },
    "check.why-not-early": {
        "nl": "why: op einde {id} verklaart een vroeg einde: zet er early: true bij, of laat het weg",
        "en": "why: on end {id} explains an early end: add early: true, or leave it out",
    },
    # -- plans -------------------------------------------------------------------------
    "plan.state": {
        "nl": "toestand {name}: verwacht {want}, gekregen {got}",
        "en": "state {name}: expected {want}, got {got}",
    },
    "plan.ended": {
        "nl": "einde: verwacht {want}, gekregen {got}",
        "en": "ended: expected {want}, got {got}",
    },
    # -- engine / session -------------------------------------------------------------------
    "state.say-first": {
        "nl": "Zeg eerst in je eigen woorden wat je zou zeggen.",
        "en": "First say in your own words what you would say.",
    },
    # -- play and the app ---------------------------------------------------------------------
    "state.say-prompt": {
        "nl": "Wat zou jij zeggen?",
        "en": "What would you say?",
    },
    "state.say-hint": {
        "nl": "Typ je eigen woorden, dan Enter (of {save}). Daarna zie je de opties. "
              "Je woorden tellen niet mee in de score.",
        "en": "Type your own words, then Enter (or {save}). Then you see the options. "
              "Your words are never scored.",
    },
    "state.said": {
        "nl": "Jij zei eerst",
        "en": "You first said",
    },
    "state.said-nothing": {
        "nl": "(niets getypt)",
        "en": "(nothing typed)",
    },
    "state.play-hint": {
        "nl": "typ wat je zou zeggen, dan Enter; daarna komen de opties",
        "en": "type what you would say, then Enter; then the options appear",
    },
    "state.thought-then": {  # shown after the learner's turn: the inner side of the line just answered
        "nl": "Wat {name} dacht bij de zin waarop je net antwoordde",
        "en": "What {name} was thinking behind the line you just answered",
    },
    # -- debrief ----------------------------------------------------------------------------------
    "state.title": {
        "nl": "Hoe de cliënt reageerde",
        "en": "How the client reacted",
    },
    "state.start": {
        "nl": "start",
        "en": "start",
    },
    "state.moment": {
        "nl": "Moment",
        "en": "Moment",
    },
    "state.note": {
        "nl": "De cliënt liet dit tijdens het gesprek alleen zien in houding en woorden; "
              "hier zie je het als getal per moment.",
        "en": "During the conversation the client showed this only in posture and words; "
              "here you see it as a number per moment.",
    },
    "state.early": {
        "nl": "Het gesprek eindigde vroeg",
        "en": "The conversation ended early",
    },
    "state.compare": {
        "nl": "Eerst zelf gezegd",
        "en": "Said it yourself first",
    },
    "state.own-words": {
        "nl": "Jouw woorden",
        "en": "Your words",
    },
    "state.chosen": {
        "nl": "Jouw keuze",
        "en": "Your choice",
    },
    "state.best": {
        "nl": "Beste optie",
        "en": "Best option",
    },
    "state.compare-note": {
        "nl": "Je eigen woorden tellen niet mee in de score: leg ze naast het model.",
        "en": "Your own words are never scored: set them beside the model answer.",
    },
    # -- settings -----------------------------------------------------------------------------------
    "cmd.binnenkant": {
        "nl": "Binnenkant: {now}",
        "en": "Inner side: {now}",
    },
    "cmd.binnenkant.help": {
        "nl": "Toon wat de cliënt denkt pas na je volgende antwoord (na), of meteen bij de zin (voor)",
        "en": "Show what the client thinks only after your next response (after), or with the line (before)",
    },
    "binnenkant.after": {
        "nl": "na je antwoord",
        "en": "after your response",
    },
    "binnenkant.before": {
        "nl": "meteen bij de zin",
        "en": "with the line",
    },
    "binnenkant.changed": {
        "nl": "De binnenkant verschijnt nu {now}.",
        "en": "The inner side now appears {now}.",
    },
}
