"""The plain web page of `serve` (guide/web/plain.py), larger type, and keys that work in a browser."""

STRINGS: dict[str, dict[str, str]] = {
    # -- the classroom page's own bar ---------------------------------------------------
    "plain.link": {
        "nl": "Versie voor schermlezers (gewone webpagina)",
        "en": "Screen reader version (plain web page)",
    },
    "plain.larger": {"nl": "Grotere letters", "en": "Larger type"},
    "plain.smaller": {"nl": "Gewone letters", "en": "Normal type"},
    "plain.bar": {"nl": "Weergave", "en": "Display"},
    # -- the plain page ------------------------------------------------------------------
    "plain.title": {"nl": "Rollenspel (eenvoudige versie)", "en": "Role-play (plain version)"},
    "plain.intro": {
        "nl": "Deze versie werkt met toetsenbord en schermlezer, zonder JavaScript. Het is dezelfde gids met "
              "dezelfde sessies als de klasversie in deze browser: wat je hier doet, bewaart hij meteen.",
        "en": "This version works with a keyboard and a screen reader, without JavaScript. It is the same "
              "guide with the same sessions as the classroom version in this browser: what you do here is "
              "saved at once.",
    },
    "plain.to-terminal": {"nl": "Naar de klasversie", "en": "To the classroom version"},
    "plain.yours": {"nl": "Verder met een sessie", "en": "Continue a session"},
    "plain.none": {"nl": "Je hebt in deze browser nog geen sessie die wacht.",
                   "en": "You have no waiting session in this browser yet."},
    "plain.row": {"nl": "{label}: {flow}, {ago}", "en": "{label}: {flow}, {ago}"},
    "plain.new": {"nl": "Een rollenspel beginnen", "en": "Start a role-play"},
    "plain.scenario": {"nl": "Scenario", "en": "Scenario"},
    "plain.no-roleplays": {"nl": "Er is geen rollenspel om te spelen.",
                           "en": "There is no role-play to play."},
    "plain.label": {"nl": "Label van de sessie: een code of initialen, nooit een naam",
                    "en": "Session label: a code or initials, never a name"},
    "plain.start": {"nl": "Begin het rollenspel", "en": "Start the role-play"},
    "plain.earlier": {"nl": "Eerder in het gesprek", "en": "Earlier in the conversation"},
    "plain.now": {"nl": "Nu", "en": "Now"},
    "plain.your-turn": {"nl": "Jouw beurt", "en": "Your turn"},
    "plain.continue": {"nl": "Verder", "en": "Continue"},
    "plain.answer": {"nl": "Antwoord", "en": "Answer"},
    "plain.say": {"nl": "Zeg het", "en": "Say it"},
    "plain.say-hint": {
        "nl": "Zeg het eerst in je eigen woorden: typ wat je zou zeggen en kies “Zeg het”. "
              "Daarna zie je de opties. "
              "Je woorden tellen niet mee in de score.",
        "en": "First say it in your own words: type what you would say and choose “Say it”. Then you see the "
              "options. Your words are never scored.",
    },
    "plain.skip": {"nl": "Overslaan", "en": "Skip"},
    "plain.back": {"nl": "Een stap terug", "en": "One step back"},
    "plain.debrief": {"nl": "Nabespreking", "en": "Debrief"},
    "plain.said": {"nl": "Wat je zelf zei", "en": "What you said yourself"},
    "plain.said-row": {"nl": "Bij “{question}” zei je: “{words}”, gelezen als {reading}. Je koos: {chosen}. "
                              "Sterkste antwoord: {best}.",
                       "en": "At “{question}” you said: “{words}”, read as {reading}. You chose: {chosen}. "
                              "Strongest answer: {best}."},
    "plain.home": {"nl": "Naar het begin", "en": "Back to the start"},
    "plain.error": {"nl": "Niet bewaard: {error}", "en": "Not saved: {error}"},
    "plain.gone": {"nl": "Deze sessie bestaat niet (meer) in deze browser.",
                   "en": "This session does not exist (any more) in this browser."},
    "plain.stale": {
        "nl": "Deze vraag was al beantwoord (misschien in een ander venster). "
              "Hieronder staat de vraag van nu.",
        "en": "This question was already answered (perhaps in another window). Below is the question of now.",
    },
    # -- serve --font-size -----------------------------------------------------------
    "cli.serve.font-size": {
        "nl": "lettergrootte van de app in de browser, in pixels (projector: 28 of meer; standaard 16)",
        "en": "the app's type size in the browser, in pixels (projector: 28 or more; default 16)",
    },
    "cli.bad-font-size": {
        "nl": "lettergrootte {value}: kies een getal van {low} tot {high}",
        "en": "type size {value}: choose a number from {low} to {high}",
    },
    # -- keys in a browser ------------------------------------------------------------
    "keys.browser-note": {
        "nl": "In een browser neemt de browser zelf {keys}: gebruik hier de toets ernaast.",
        "en": "In a browser, the browser itself takes {keys}: use the key beside it here.",
    },
    "theme.bindkracht-contrast": {"nl": "Hoog contrast (zwart, wit en geel)",
                                  "en": "High contrast (black, white and yellow)"},
}
