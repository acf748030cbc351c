"""Texts of issue 13: key hints, the help per screen, finished sessions on home, label warnings."""

STRINGS: dict[str, dict[str, str]] = {
    "key.stop-hint": {
        "nl": "Zegt hoe je stopt",
        "en": "Tells how to quit",
    },
    "key.escape-hint": {
        "nl": "Zegt welke toets terug of naar start gaat",
        "en": "Tells which key goes back or home",
    },
    "keys.stop-hint": {
        "nl": "Stoppen doe je met {quit}. Alles wat je bevestigde, is bewaard.",
        "en": "To quit, press {quit}. Everything you confirmed is saved.",
    },
    "keys.escape-hint": {
        "nl": "Esc sluit hier niets. Een stap terug: {back}. Naar start: {home}. Stoppen: {quit}.",
        "en": "Esc closes nothing here. One step back: {back}. Home: {home}. Quit: {quit}.",
    },
    "cmd.home": {
        "nl": "Naar start",
        "en": "Home",
    },
    "cmd.home.help": {
        "nl": "Terug naar het startscherm (je sessie blijft bewaard)",
        "en": "Back to the start screen (your session stays saved)",
    },
    "cli.sessions.format": {
        "nl": "md of html (standaard: volgens de extensie van --out, anders html)",
        "en": "md or html (default: by the extension of --out, else html)",
    },
    "label.looks-like-name": {
        "nl": "Dit lijkt op een voor- en achternaam. Gebruik liever een code, bv. {code}. "
              "Druk nog eens Enter om toch dit label te houden.",
        "en": "This looks like a first and last name. Better use a code, e.g. {code}. "
              "Press Enter again to keep this label anyway.",
    },
    "cmd.no-matches": {
        "nl": "Niets gevonden",
        "en": "Nothing found",
    },
    "cmd.theme.placeholder": {
        "nl": "Zoek een thema…",
        "en": "Search for a theme…",
    },
    "theme.bindkracht": {
        "nl": "Rustig donker",
        "en": "Calm dark",
    },
    "theme.bindkracht-light": {
        "nl": "Rustig licht",
        "en": "Calm light",
    },
    "theme.ansi-dark": {
        "nl": "Kleuren van je terminal, donker (ANSI)",
        "en": "Your terminal's colours, dark (ANSI)",
    },
    "theme.ansi-light": {
        "nl": "Kleuren van je terminal, licht (ANSI)",
        "en": "Your terminal's colours, light (ANSI)",
    },
    "home.done": {
        "nl": "Afgeronde sessies",
        "en": "Finished sessions",
    },
    "home.no-done": {
        "nl": "Nog geen afgeronde sessies.",
        "en": "No finished sessions yet.",
    },
    "home.done-row": {
        "nl": "{label} · {flow} · {when}",
        "en": "{label} · {flow} · {when}",
    },
    "finished.title": {
        "nl": "Sessie {label}",
        "en": "Session {label}",
    },
    "finished.body": {
        "nl": "{flow}, afgerond op {when}.",
        "en": "{flow}, finished on {when}.",
    },
    "finished.export": {
        "nl": "Exporteer (HTML en Markdown)",
        "en": "Export (HTML and Markdown)",
    },
    "finished.print": {
        "nl": "Open in de browser om te printen",
        "en": "Open in the browser to print",
    },
    "finished.no-viewer": {
        "nl": "Geen browser of viewer gevonden. Het bestand staat hier: {path}",
        "en": "No browser or viewer found. The file is here: {path}",
    },
    "cmd.note": {
        "nl": "Notitie bij deze stap",
        "en": "Note on this step",
    },
    "cmd.note.help": {
        "nl": "Een privé-reflectie voor jezelf",
        "en": "A private reflection for yourself",
    },
    "cmd.card-panel": {
        "nl": "Kaart naast het gesprek tonen of verbergen",
        "en": "Show or hide the card beside the conversation",
    },
    "cmd.card-panel.help": {
        "nl": "De achtergrondkaart bij de huidige stap",
        "en": "The background card of the current step",
    },
    "key.tab": {
        "nl": "Wissel",
        "en": "Move",
    },
    "key.shift-tab": {
        "nl": "Wissel terug",
        "en": "Move back",
    },
    "home.welcome-short": {  # one line at 80 columns: the lists below keep their room
        "nl": "Alles blijft op deze computer. Kiezen: pijltjes en Enter. Wisselen: Tab.",
        "en": "Everything stays on this computer. Choose: arrows and Enter. Move: Tab.",
    },
    "help.here": {
        "nl": "Toetsen op dit scherm",
        "en": "Keys on this screen",
    },
    "help.move": {
        "nl": "naar het volgende / vorige deel van het scherm",
        "en": "to the next / previous part of the screen",
    },
}
