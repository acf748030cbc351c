"""The store, sessions, the engine and the privacy guard."""

STRINGS: dict[str, dict[str, str]] = {
    "engine.finished": {
        "nl": "dit gesprek is afgelopen",
        "en": "this conversation has ended",
    },
    "engine.not-optional": {
        "nl": "deze stap kan je niet overslaan",
        "en": "this step cannot be skipped",
    },
    "engine.pick-one": {
        "nl": "kies één van de opties",
        "en": "choose one of the options",
    },
    "engine.pick-some": {
        "nl": "kies minstens één optie",
        "en": "choose at least one option",
    },
    "engine.unknown-option": {
        "nl": "'{value}' is geen optie",
        "en": "'{value}' is not an option",
    },
    "engine.scale": {
        "nl": "geef een getal van {min} tot {max}",
        "en": "give a number from {min} to {max}",
    },
    "engine.empty-text": {
        "nl": "schrijf een antwoord",
        "en": "write an answer",
    },
    "engine.unknown-flow": {
        "nl": "werkvorm '{flow}' bestaat niet",
        "en": "activity '{flow}' does not exist",
    },
    "engine.missing-step": {
        "nl": "stap '{step}' bestaat niet meer in werkvorm '{flow}'",
        "en": "step '{step}' no longer exists in activity '{flow}'",
    },
    "engine.bad-state": {
        "nl": "de opgeslagen toestand is onleesbaar",
        "en": "the saved state cannot be read",
    },
    "privacy.insz": {
        "nl": "Dit lijkt op een rijksregisternummer. Dat bewaren we niet: "
              "herschrijf je antwoord zonder het nummer.",
        "en": "This looks like a national register number. We do not store it: "
              "rewrite your answer without the number.",
    },
    "store.disk-full": {
        "nl": "De schijf is vol. Maak ruimte en probeer opnieuw.",
        "en": "The disk is full. Free some space and try again.",
    },
    "store.read-only": {
        "nl": "Kan niet schrijven in de gegevensmap (alleen-lezen of geen toegang). "
              "Kies een andere map met --data-dir.",
        "en": "Cannot write to the data folder (read-only or no access). "
              "Choose another folder with --data-dir.",
    },
    "store.busy": {
        "nl": "De gegevens zijn even bezet door een ander venster; probeer opnieuw.",
        "en": "The data is busy in another window; try again.",
    },
    "store.corrupt": {
        "nl": "Het gegevensbestand is beschadigd.",
        "en": "The data file is damaged.",
    },
    "store.failed": {
        "nl": "De gegevens konden niet gelezen of bewaard worden ({detail}).",
        "en": "The data could not be read or saved ({detail}).",
    },
    "store.no-dir": {
        "nl": "Kan de gegevensmap {path} niet maken: {detail}. Kies een andere met --data-dir.",
        "en": "Cannot create the data folder {path}: {detail}. Choose another with --data-dir.",
    },
    "store.write-failed": {
        "nl": "Kan {path} niet schrijven: {detail}",
        "en": "Cannot write {path}: {detail}",
    },
    "store.cannot-set-aside": {
        "nl": "Het gegevensbestand is beschadigd en kan niet opzij gezet worden: {detail}",
        "en": "The data file is damaged and cannot be moved aside: {detail}",
    },
    "store.moved-aside": {
        "nl": "Het gegevensbestand was beschadigd. Het staat nu opzij als {path} (niets gewist); "
              "je begint met een nieuw bestand.",
        "en": "The data file was damaged. It has been moved aside as {path} (nothing deleted); "
              "you start with a fresh file.",
    },
    "store.too-new": {
        "nl": "Dit gegevensbestand komt van een nieuwere versie van de app (schema {version}). "
              "Werk de app bij.",
        "en": "This data file comes from a newer version of the app (schema {version}). Update the app.",
    },
    "store.no-session": {
        "nl": "Er is geen sessie {id}.",
        "en": "There is no session {id}.",
    },
    "session.readonly": {
        "nl": "Deze sessie is alleen te lezen.",
        "en": "This session is read-only.",
    },
    "session.flow-gone": {
        "nl": "Werkvorm '{flow}' is er niet meer of heeft fouten. De sessie opent alleen-lezen; "
              "je antwoorden blijven bewaard en kan je exporteren.",
        "en": "Activity '{flow}' is gone or has problems. The session opens read-only; "
              "your answers are kept and can be exported.",
    },
    "session.cannot-resume": {
        "nl": "Werkvorm '{flow}' is zo gewijzigd dat je niet verder kan (stap '{step}' bestaat niet meer). "
              "De sessie opent alleen-lezen; niets is verloren en je kan exporteren.",
        "en": "Activity '{flow}' has changed so much that you cannot continue (step '{step}' no longer "
              "exists). The session opens read-only; nothing is lost and you can export.",
    },
    "session.flow-changed": {
        "nl": "Werkvorm '{flow}' is gewijzigd sinds deze sessie (versie {old} → {new}). "
              "Je gaat verder bij stap '{step}'.",
        "en": "Activity '{flow}' has changed since this session (version {old} → {new}). "
              "You continue at step '{step}'.",
    },
    "session.answers-kept": {
        "nl": "{n} antwoord(en) horen bij stappen die niet meer bestaan ({steps}); "
              "ze blijven bewaard en staan in de export.",
        "en": "{n} answer(s) belong to steps that no longer exist ({steps}); "
              "they are kept and appear in the export.",
    },
    "time.now": {
        "nl": "zojuist",
        "en": "just now",
    },
    "time.minutes": {
        "nl": "{n} min geleden",
        "en": "{n} min ago",
    },
    "time.hours": {
        "nl": "{n} uur geleden",
        "en": "{n} h ago",
    },
    "time.days": {
        "nl": "{n} dagen geleden",
        "en": "{n} days ago",
    },
    "store.not-saved": {
        "nl": "Je laatste antwoord is NIET bewaard: {error}",
        "en": "Your last answer was NOT saved: {error}",
    },
    "store.io-error": {
        "nl": "De schijf gaf een lees- of schrijffout bij {path}. Controleer de schijf, of kies een andere "
              "map met --data-dir.",
        "en": "The disk gave a read or write error at {path}. Check the disk, or choose another folder "
              "with --data-dir.",
    },
    "store.unknown-home": {
        "nl": "De gegevensmap '{path}' kan niet gebruikt worden: die gebruiker of thuismap bestaat hier "
              "niet. Geef een andere map met --data-dir of BINDKRACHT_DATA_DIR.",
        "en": "The data folder '{path}' cannot be used: that user or home folder does not exist here. "
              "Give another folder with --data-dir or BINDKRACHT_DATA_DIR.",
    },
    "settings.bad-value": {
        "nl": "{path}: {key} = \"{value}\" kan niet; wel: {allowed}. "
              "Die waarde wordt genegeerd; het bestand blijft zoals het is.",
        "en": "{path}: {key} = \"{value}\" is not allowed; allowed: {allowed}. "
              "The value is ignored; the file stays as it is.",
    },
    "settings.unknown-key": {
        "nl": "{path}: '{key}' is geen instelling; wel: {allowed}. "
              "Genegeerd; het bestand blijft zoals het is.",
        "en": "{path}: '{key}' is not a setting; known: {allowed}. Ignored; the file stays as it is.",
    },
    "keys.unknown-id": {
        "nl": "{path}: '{key}' is geen toetsnaam hier; wel: {allowed}. "
              "Genegeerd; het bestand blijft zoals het is.",
        "en": "{path}: '{key}' is not a key name here; known: {allowed}. Ignored; the file stays as it is.",
    },
    "keys.unusable": {
        "nl": "{path}: {key} = \"{value}\" zou een scherm onbruikbaar maken: Enter, Tab, Spatie, "
              "Backspace, Delete, de pijltjes en gewone tekens zijn om te typen en te bewegen. "
              "Wel: {allowed}. Genegeerd; het bestand blijft zoals het is.",
        "en": "{path}: {key} = \"{value}\" would make a screen unusable: Enter, Tab, Space, "
              "Backspace, Delete, the arrows and plain characters are for typing and moving. "
              "Allowed: {allowed}. Ignored; the file stays as it is.",
    },
    "keys.allowed": {
        "nl": "een toets met Ctrl of Alt (ctrl+j), een F-toets (f5), Esc, Home, End, PageUp of PageDown",
        "en": "a key with Ctrl or Alt (ctrl+j), a function key (f5), Escape, Home, End, PageUp or PageDown",
    },
    "settings.broken": {
        "nl": "{path}:{line}:{col}: dit instellingenbestand kan niet gelezen worden ({detail}). "
              "De gids gebruikt nu de standaardwaarden en laat het bestand ongemoeid tot je het herstelt.",
        "en": "{path}:{line}:{col}: this settings file cannot be read ({detail}). "
              "The guide uses the defaults for now and leaves the file untouched until you mend it.",
    },
}
