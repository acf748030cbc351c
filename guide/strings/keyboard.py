"""Texts about keys: hints when a key does something else here, and the help per screen."""

STRINGS: dict[str, dict[str, str]] = {
    "key.stop-hint": {
        "nl": "Hoe stoppen",
        "en": "How to quit",
    },
    "key.escape-hint": {
        "nl": "Welke toets",
        "en": "Which key",
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
}
