"""The core catalogue: check messages and command-line texts, in Dutch and English."""

STRINGS: dict[str, dict[str, str]] = {
    # --- reading YAML ---------------------------------------------------
    "check.encoding": {
        "nl": "het bestand is geen geldige UTF-8-tekst (bewaar het als UTF-8)",
        "en": "the file is not valid UTF-8 text (save it as UTF-8)",
    },
    "check.too-large": {
        "nl": "het bestand is groter dan {limit} MB",
        "en": "the file is larger than {limit} MB",
    },
    "check.too-long": {
        "nl": "deze tekst is langer dan {limit} tekens",
        "en": "this text is longer than {limit} characters",
    },
    "check.too-deep": {
        "nl": "te diep genest (meer dan {limit} niveaus)",
        "en": "nested too deeply (more than {limit} levels)",
    },
    "check.alias-limit": {
        "nl": "YAML-aliassen breiden uit tot meer dan {limit} elementen",
        "en": "YAML aliases expand to more than {limit} nodes",
    },
    "check.yaml-syntax": {
        "nl": "ongeldige YAML: {detail}",
        "en": "invalid YAML: {detail}",
    },
    "check.yaml-tag": {
        "nl": "YAML-tag {tag} is niet toegelaten; schrijf gewone tekst",
        "en": "YAML tag {tag} is not allowed; write plain text",
    },
    "check.many-documents": {
        "nl": "één flow per bestand: verwijder de tweede '---'",
        "en": "one flow per file: remove the second '---'",
    },
    "check.duplicate-key": {
        "nl": "sleutel '{key}' staat er al (regel {first})",
        "en": "key '{key}' is already given (line {first})",
    },
    "check.complex-key": {
        "nl": "een sleutel moet gewone tekst zijn",
        "en": "a key must be plain text",
    },
    "check.empty-file": {
        "nl": "het bestand is leeg",
        "en": "the file is empty",
    },
    "check.unreadable": {
        "nl": "kan het bestand niet lezen: {reason}",
        "en": "cannot read the file: {reason}",
    },
    # --- schema -----------------------------------------------------------
    "check.type": {
        "nl": "'{what}' moet een {expected} zijn",
        "en": "'{what}' must be a {expected}",
    },
    "check.unknown-key": {
        "nl": "onbekende sleutel '{key}' in {what}",
        "en": "unknown key '{key}' in {what}",
    },
    "check.missing-key": {
        "nl": "{what} mist de sleutel '{key}'",
        "en": "{what} lacks the key '{key}'",
    },
    "check.bad-id": {
        "nl": "'{value}' is geen geldige {what}: gebruik kleine letters, cijfers, - en _",
        "en": "'{value}' is not a valid {what}: use lower-case letters, digits, - and _",
    },
    "check.bad-int": {
        "nl": "'{value}' is geen geheel getal ({what})",
        "en": "'{value}' is not a whole number ({what})",
    },
    "check.bad-bool": {
        "nl": "'{value}' moet true of false zijn ({what})",
        "en": "'{value}' must be true or false ({what})",
    },
    "check.bad-value": {
        "nl": "'{value}' kan niet voor {what}; kies uit: {allowed}",
        "en": "'{value}' is not allowed for {what}; choose from: {allowed}",
    },
    "check.bad-range": {
        "nl": "max ({max}) moet groter zijn dan min ({min})",
        "en": "max ({max}) must be greater than min ({min})",
    },
    "check.text-form": {
        "nl": "'{what}' is zichtbare tekst: schrijf {{nl: ..., en: ...}}",
        "en": "'{what}' is visible text: write {{nl: ..., en: ...}}",
    },
    "check.unknown-lang": {
        "nl": "onbekende taal '{lang}'; gebruik {allowed} (een komma in tekst tussen {{ }}? "
        "zet die tekst tussen aanhalingstekens)",
        "en": "unknown language '{lang}'; use {allowed} (a comma in text inside {{ }}? "
        "put that text in quotes)",
    },
    "check.empty": {
        "nl": "'{what}' mag niet leeg zijn",
        "en": "'{what}' must not be empty",
    },
    "check.few-options": {
        "nl": "een stap van soort {kind} heeft te weinig opties",
        "en": "a {kind} step has too few options",
    },
    "check.duplicate-option": {
        "nl": "optie '{value}' bestaat al (regel {first})",
        "en": "option '{value}' already exists (line {first})",
    },
    "check.duplicate-phase": {
        "nl": "fase '{id}' komt al voor (regel {first})",
        "en": "phase '{id}' already appears (line {first})",
    },
    "check.values-on-type": {
        "nl": "'values' past enkel bij choice of set, niet bij {type}",
        "en": "'values' only fits choice or set, not {type}",
    },
    "check.else-mixed": {
        "nl": "een else-tak heeft geen 'if' of 'goto'",
        "en": "an else branch takes no 'if' or 'goto'",
    },
    "check.no-else": {
        "nl": "deze lijst met takken eindigt niet op een else",
        "en": "this branch list does not end in an else",
    },
    "check.else-not-last": {
        "nl": "de else-tak moet de laatste zijn",
        "en": "the else branch must come last",
    },
    # --- conditions -------------------------------------------------------
    "check.expr-syntax": {
        "nl": "voorwaarde '{expr}' klopt niet: {detail}",
        "en": "condition '{expr}' is not valid: {detail}",
    },
    "check.expr-unsupported": {
        "nl": "voorwaarde '{expr}' gebruikt iets wat niet mag ({what})",
        "en": "condition '{expr}' uses something that is not allowed ({what})",
    },
    "check.expr-function": {
        "nl": "onbekende functie '{name}'; toegelaten: {allowed}",
        "en": "unknown function '{name}'; allowed: {allowed}",
    },
    "check.expr-args": {
        "nl": "{name}() neemt precies één variabele",
        "en": "{name}() takes exactly one variable",
    },
    # --- static checks --------------------------------------------------
    "check.duplicate-id": {
        "nl": "stap-id '{id}' bestaat al (regel {first})",
        "en": "step id '{id}' already exists (line {first})",
    },
    "check.duplicate-flow": {
        "nl": "flow-id '{id}' bestaat al in {first}",
        "en": "flow id '{id}' already exists in {first}",
    },
    "check.unknown-target": {
        "nl": "'{target}' is geen stap in deze flow",
        "en": "'{target}' is not a step in this flow",
    },
    "check.unknown-flow": {
        "nl": "er is geen flow met id '{flow}'",
        "en": "there is no flow with id '{flow}'",
    },
    "check.unknown-card": {
        "nl": "er is geen kaart '{card}' in content/",
        "en": "there is no card '{card}' in content/",
    },
    "check.card-translation": {
        "nl": "kaart '{card}' ontbreekt in taal '{lang}'",
        "en": "card '{card}' is missing in language '{lang}'",
    },
    "check.unknown-focus": {
        "nl": "'{focus}' is geen krachtlijn, spanningsveld of rol",
        "en": "'{focus}' is not a krachtlijn, tension or role",
    },
    "check.unknown-tag": {
        "nl": "score-tag '{tag}' is niet gekend; declareer hem onder 'tags'",
        "en": "score tag '{tag}' is not known; declare it under 'tags'",
    },
    "check.next-on-end": {
        "nl": "een end-stap heeft geen 'next'",
        "en": "an end step takes no 'next'",
    },
    "check.unreachable": {
        "nl": "stap '{id}' is nooit te bereiken",
        "en": "step '{id}' can never be reached",
    },
    "check.no-end": {
        "nl": "vanaf stap '{id}' is het einde niet te bereiken",
        "en": "from step '{id}' the end cannot be reached",
    },
    "check.undefined-var": {
        "nl": "variabele '{name}' is niet gedeclareerd onder 'variables'",
        "en": "variable '{name}' is not declared under 'variables'",
    },
    "check.var-type": {
        "nl": "variabele '{name}' is van type {type}, maar een {kind}-stap bewaart {expected}",
        "en": "variable '{name}' has type {type}, but a {kind} step stores {expected}",
    },
    "check.option-not-in-values": {
        "nl": "optie '{value}' staat niet in de values van '{name}'",
        "en": "option '{value}' is not among the values of '{name}'",
    },
    "check.impossible-value": {
        "nl": "'{name}' kan nooit '{value}' zijn; mogelijk: {allowed}",
        "en": "'{name}' can never be '{value}'; possible: {allowed}",
    },
    "check.missing-translation": {
        "nl": "tekst ontbreekt in taal '{lang}'",
        "en": "text is missing in language '{lang}'",
    },
    "check.partial-languages": {
        "nl": "de flow is niet beschikbaar in taal '{lang}'",
        "en": "the flow is not available in language '{lang}'",
    },
    "check.call-cycle": {
        "nl": "flows roepen elkaar in een kring aan: {cycle}",
        "en": "flows call each other in a cycle: {cycle}",
    },
    "check.uncovered": {
        "nl": "stap '{id}' wordt door geen enkel testplan bezocht",
        "en": "step '{id}' is not visited by any test plan",
    },
    # --- test plans -------------------------------------------------------
    "check.plan-flow": {
        "nl": "testplan voor onbekende of foute flow '{flow}'",
        "en": "test plan for an unknown or broken flow '{flow}'",
    },
}

STRINGS.update({
    # --- engine and privacy ---------------------------------------------------
    "engine.finished": {"nl": "dit gesprek is afgelopen", "en": "this conversation has ended"},
    "engine.not-optional": {
        "nl": "deze stap kan je niet overslaan",
        "en": "this step cannot be skipped",
    },
    "engine.pick-one": {"nl": "kies één van de opties", "en": "choose one of the options"},
    "engine.pick-some": {"nl": "kies minstens één optie", "en": "choose at least one option"},
    "engine.unknown-option": {"nl": "'{value}' is geen optie", "en": "'{value}' is not an option"},
    "engine.scale": {
        "nl": "geef een getal van {min} tot {max}",
        "en": "give a number from {min} to {max}",
    },
    "engine.empty-text": {"nl": "schrijf een antwoord", "en": "write an answer"},
    "engine.unknown-flow": {"nl": "flow '{flow}' bestaat niet", "en": "flow '{flow}' does not exist"},
    "engine.missing-step": {
        "nl": "stap '{step}' bestaat niet meer in flow '{flow}'",
        "en": "step '{step}' no longer exists in flow '{flow}'",
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
    # --- command line ---------------------------------------------------------
    "cli.description": {
        "nl": "Bind-Kracht gids: begeleidt een gesprek in vier fasen. "
        "Zonder commando start de app.",
        "en": "Bind-Kracht guide: guides a conversation in four phases. "
        "Without a command the app starts.",
    },
    "cli.opt.lang": {"nl": "taal: nl of en", "en": "language: nl or en"},
    "cli.opt.flows": {
        "nl": "extra map met flows (mag herhaald worden)",
        "en": "extra folder of flows (may be repeated)",
    },
    "cli.opt.data-dir": {
        "nl": "map voor je sessies (anders BINDKRACHT_DATA_DIR of de standaardmap)",
        "en": "folder for your sessions (else BINDKRACHT_DATA_DIR or the default)",
    },
    "cli.check.help": {"nl": "controleer flows op fouten", "en": "check flows for problems"},
    "cli.check.paths": {
        "nl": "flow-bestanden of mappen (standaard: alle flows)",
        "en": "flow files or folders (default: all flows)",
    },
    "cli.check.coverage": {
        "nl": "meld stappen die geen testplan bezoekt",
        "en": "report steps that no test plan visits",
    },
    "cli.check.strict": {
        "nl": "ook waarschuwingen geven exit-code 1",
        "en": "warnings also give exit code 1",
    },
    "cli.check.summary": {
        "nl": "{files} bestand(en) gecontroleerd: {errors} fout(en), {warnings} waarschuwing(en)",
        "en": "{files} file(s) checked: {errors} error(s), {warnings} warning(s)",
    },
    "cli.check.coverage-summary": {
        "nl": "dekking: {pct}% ({covered}/{total} stappen bezocht door testplannen)",
        "en": "coverage: {pct}% ({covered}/{total} steps visited by test plans)",
    },
    "cli.no-such-path": {"nl": "bestaat niet: {path}", "en": "does not exist: {path}"},
    "cli.unknown-flow": {
        "nl": "er is geen flow '{flow}'; 'bindkracht flows' toont ze allemaal",
        "en": "there is no flow '{flow}'; 'bindkracht flows' lists them all",
    },
    "cli.broken-flow": {
        "nl": "flow '{flow}' heeft fouten; bekijk ze met 'bindkracht check'",
        "en": "flow '{flow}' has problems; see them with 'bindkracht check'",
    },
    "cli.flows.help": {"nl": "toon alle flows", "en": "list all flows"},
    "cli.flows.none": {"nl": "geen flows gevonden", "en": "no flows found"},
    "cli.flows.ok": {"nl": "in orde", "en": "ok"},
    "cli.flows.broken": {"nl": "{n} fout(en)", "en": "{n} error(s)"},
    "cli.flows.col.id": {"nl": "ID", "en": "ID"},
    "cli.flows.col.title": {"nl": "TITEL", "en": "TITLE"},
    "cli.flows.col.phases": {"nl": "FASEN", "en": "PHASES"},
    "cli.flows.col.langs": {"nl": "TALEN", "en": "LANGUAGES"},
    "cli.flows.col.status": {"nl": "STATUS", "en": "STATUS"},
    "cli.play.help": {
        "nl": "speel een flow af in de gewone terminal",
        "en": "play a flow in the plain terminal",
    },
    "cli.play.flow": {"nl": "id van de flow", "en": "id of the flow"},
    "cli.play.label": {
        "nl": "label voor de sessie (een code of initialen, nooit een naam)",
        "en": "label for the session (a code or initials, never a name)",
    },
    "cli.play.job": {"nl": "waarvoor: prepare, rehearse of practise", "en": "what for: prepare, rehearse or practise"},
    "cli.test.help": {"nl": "voer testplannen uit", "en": "run test plans"},
    "cli.test.summary": {"nl": "{passed} geslaagd, {failed} mislukt", "en": "{passed} passed, {failed} failed"},
    "cli.graph.help": {
        "nl": "toon een flow als diagram (Mermaid of Graphviz)",
        "en": "print a flow as a diagram (Mermaid or Graphviz)",
    },
})

STRINGS.update({
    # --- store and sessions -------------------------------------------------
    "store.disk-full": {
        "nl": "De schijf is vol. Je laatste antwoord is NIET bewaard. Maak ruimte en probeer opnieuw.",
        "en": "The disk is full. Your last answer was NOT saved. Free some space and try again.",
    },
    "store.read-only": {
        "nl": "Kan niet schrijven in de gegevensmap (alleen-lezen of geen toegang). "
        "Je laatste antwoord is NIET bewaard. Kies een andere map met --data-dir.",
        "en": "Cannot write to the data folder (read-only or no access). "
        "Your last answer was NOT saved. Choose another folder with --data-dir.",
    },
    "store.busy": {
        "nl": "De gegevens zijn even bezet door een ander venster. Je laatste antwoord is NIET bewaard; probeer opnieuw.",
        "en": "The data is busy in another window. Your last answer was NOT saved; try again.",
    },
    "store.corrupt": {
        "nl": "Het gegevensbestand is beschadigd.",
        "en": "The data file is damaged.",
    },
    "store.failed": {
        "nl": "Bewaren mislukt ({detail}). Je laatste antwoord is NIET bewaard.",
        "en": "Saving failed ({detail}). Your last answer was NOT saved.",
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
        "nl": "Dit gegevensbestand komt van een nieuwere versie van de app (schema {version}). Werk de app bij.",
        "en": "This data file comes from a newer version of the app (schema {version}). Update the app.",
    },
    "store.no-session": {"nl": "Er is geen sessie {id}.", "en": "There is no session {id}."},
    "session.readonly": {
        "nl": "Deze sessie is alleen te lezen.",
        "en": "This session is read-only.",
    },
    "session.flow-gone": {
        "nl": "Flow '{flow}' is er niet meer of heeft fouten. De sessie opent alleen-lezen; "
        "je antwoorden blijven bewaard en kan je exporteren.",
        "en": "Flow '{flow}' is gone or has problems. The session opens read-only; "
        "your answers are kept and can be exported.",
    },
    "session.cannot-resume": {
        "nl": "Flow '{flow}' is zo gewijzigd dat je niet verder kan (stap '{step}' bestaat niet meer). "
        "De sessie opent alleen-lezen; niets is verloren en je kan exporteren.",
        "en": "Flow '{flow}' has changed so much that you cannot continue (step '{step}' no longer exists). "
        "The session opens read-only; nothing is lost and you can export.",
    },
    "session.flow-changed": {
        "nl": "Flow '{flow}' is gewijzigd sinds deze sessie (versie {old} → {new}). Je gaat verder bij stap '{step}'.",
        "en": "Flow '{flow}' has changed since this session (version {old} → {new}). You continue at step '{step}'.",
    },
    "session.answers-kept": {
        "nl": "{n} antwoord(en) horen bij stappen die niet meer bestaan ({steps}); ze blijven bewaard en staan in de export.",
        "en": "{n} answer(s) belong to steps that no longer exist ({steps}); they are kept and appear in the export.",
    },
})

STRINGS.update({
    # --- shared labels ----------------------------------------------------------
    "phase.intake": {"nl": "Warm onthaal", "en": "Warm welcome"},
    "phase.rights": {"nl": "Herstel van basisrechten", "en": "Restoring basic rights"},
    "phase.process": {"nl": "Procesmatig op weg", "en": "Working through the process"},
    "phase.closure": {"nl": "Zorgzame afbouw", "en": "Careful closure"},
    "kind.card": {"nl": "Kaart", "en": "Card"},
    "kind.ask": {"nl": "Vraag aan de persoon", "en": "Question to ask"},
    "kind.cue": {"nl": "Reflectie voor jezelf", "en": "Reflection for yourself"},
    "kind.choice": {"nl": "Kies", "en": "Choose"},
    "kind.multi": {"nl": "Kies wat past", "en": "Choose what fits"},
    "kind.checklist": {"nl": "Checklist", "en": "Checklist"},
    "kind.scale": {"nl": "Schaal", "en": "Scale"},
    "kind.text": {"nl": "Schrijf", "en": "Write"},
    "kind.line": {"nl": "Cliënt", "en": "Client"},
    "style.open": {"nl": "open vraag", "en": "open question"},
    "style.closed": {"nl": "gesloten vraag", "en": "closed question"},
    "job.prepare": {"nl": "Een intake voorbereiden", "en": "Prepare an intake"},
    "job.rehearse": {"nl": "Een rollenspel oefenen", "en": "Rehearse a role-play"},
    "job.practise": {"nl": "Een volledig hulpverleningsproces oefenen", "en": "Practise a full help process"},
    "time.minutes": {"nl": "{n} min geleden", "en": "{n} min ago"},
    "time.hours": {"nl": "{n} uur geleden", "en": "{n} h ago"},
    "time.days": {"nl": "{n} dagen geleden", "en": "{n} days ago"},
    # --- plain terminal -----------------------------------------------------------
    "play.resume?": {
        "nl": "Er is een onderbroken sessie '{label}' (bij {step}, {ago}). Verder gaan? [J/n] ",
        "en": "There is an unfinished session '{label}' (at {step}, {ago}). Continue? [Y/n] ",
    },
    "play.label?": {
        "nl": "Label voor deze sessie, een code of initialen, geen naam [{suggestion}]: ",
        "en": "Label for this session, a code or initials, not a name [{suggestion}]: ",
    },
    "play.started": {
        "nl": "Sessie '{label}' gestart. Typ :help voor de commando's.",
        "en": "Session '{label}' started. Type :help for the commands.",
    },
    "play.saved": {
        "nl": "Alles is bewaard. Ga verder met: bindkracht play {flow}",
        "en": "Everything is saved. Continue with: bindkracht play {flow}",
    },
    "play.readonly": {
        "nl": "Exporteer de sessie met: bindkracht sessions export {id}",
        "en": "Export the session with: bindkracht sessions export {id}",
    },
    "play.phase": {"nl": "Fase {n}/4", "en": "Phase {n}/4"},
    "play.why": {"nl": "Waarom zo", "en": "Why this way"},
    "play.client": {"nl": "Cliënt", "en": "Client"},
    "play.card-hint": {
        "nl": "(achtergrond: {title} — typ :kaart)",
        "en": "(background: {title} — type :card)",
    },
    "play.no-card": {"nl": "Bij deze stap hoort geen kaart.", "en": "This step has no card."},
    "play.event.feedback": {"nl": "Feedback", "en": "Feedback"},
    "play.event.think": {"nl": "Binnenkant", "en": "Inner side"},
    "play.event.end": {"nl": "Afgerond", "en": "Done"},
    "play.hint.continue": {"nl": "[Enter] verder", "en": "[Enter] continue"},
    "play.hint.choice": {"nl": "Typ een nummer", "en": "Type a number"},
    "play.hint.multi": {
        "nl": "Typ nummers, gescheiden door komma's",
        "en": "Type numbers, separated by commas",
    },
    "play.hint.checklist": {
        "nl": "Typ de nummers die kloppen (Enter = geen)",
        "en": "Type the numbers that are true (Enter = none)",
    },
    "play.hint.scale": {"nl": "Typ een getal", "en": "Type a number"},
    "play.hint.text": {"nl": "Typ je antwoord", "en": "Type your answer"},
    "play.help": {
        "nl": "Commando's: :terug (vorige stap), :overslaan, :notitie (privé-reflectie), "
        ":kaart (achtergrond), :stop (bewaren en stoppen). Engelse namen werken ook.",
        "en": "Commands: :back (previous step), :skip, :note (private reflection), "
        ":card (background), :quit (save and stop). Dutch names work too.",
    },
    "play.note?": {"nl": "Je notitie (privé): ", "en": "Your note (private): "},
    "play.note-saved": {"nl": "  Notitie bewaard.", "en": "  Note saved."},
    "play.no-back": {"nl": "  Je bent bij de eerste stap.", "en": "  You are at the first step."},
    "play.scores": {"nl": "Scores per krachtlijn:", "en": "Scores per line of strength:"},
    "play.finished": {
        "nl": "Klaar. Exporteer met: bindkracht sessions export {id}",
        "en": "Done. Export with: bindkracht sessions export {id}",
    },
})

STRINGS.update({
    # --- export -----------------------------------------------------------------
    "export.label": {"nl": "Label", "en": "Label"},
    "export.job": {"nl": "Doel", "en": "Purpose"},
    "export.flow": {"nl": "Flow", "en": "Flow"},
    "export.version": {"nl": "versie", "en": "version"},
    "export.dates": {"nl": "Gestart – laatst gewijzigd", "en": "Started – last changed"},
    "export.status": {"nl": "Status", "en": "Status"},
    "export.status.active": {"nl": "nog bezig", "en": "in progress"},
    "export.status.finished": {"nl": "afgerond", "en": "finished"},
    "export.skipped": {"nl": "(overgeslagen)", "en": "(skipped)"},
    "export.open": {"nl": "(nog niet beantwoord)", "en": "(not answered yet)"},
    "export.note": {"nl": "Notitie", "en": "Note"},
    "export.notes": {"nl": "Andere notities", "en": "Other notes"},
    "export.orphans": {
        "nl": "Antwoorden bij stappen die niet meer bestaan",
        "en": "Answers to steps that no longer exist",
    },
    "export.scores": {"nl": "Scores per krachtlijn", "en": "Scores per line of strength"},
    "export.tag": {"nl": "Krachtlijn", "en": "Line of strength"},
    "export.points": {"nl": "Punten", "en": "Points"},
    "export.best": {"nl": "Best mogelijk", "en": "Best possible"},
    "export.written": {"nl": "Geschreven: {path}", "en": "Written: {path}"},
})

STRINGS.update({
    "cli.bad-duration": {
        "nl": "'{value}' is geen duur; schrijf bv. 90d, 12h of 2w",
        "en": "'{value}' is not a duration; write e.g. 90d, 12h or 2w",
    },
    "cli.sessions.help": {"nl": "bekijk, exporteer of wis je sessies", "en": "view, export or delete your sessions"},
    "cli.sessions.list": {"nl": "toon alle sessies", "en": "list all sessions"},
    "cli.sessions.show": {"nl": "toon één sessie als tekst", "en": "show one session as text"},
    "cli.sessions.export": {
        "nl": "schrijf een sessie naar Markdown of HTML",
        "en": "write a session to Markdown or HTML",
    },
    "cli.sessions.out": {
        "nl": "doelbestand (standaard: de map exports naast je gegevens)",
        "en": "target file (default: the exports folder next to your data)",
    },
    "cli.sessions.delete": {"nl": "wis sessies definitief", "en": "delete sessions for good"},
    "cli.sessions.purge": {"nl": "wis alle sessies ouder dan een duur", "en": "delete all sessions older than an age"},
    "cli.sessions.age": {"nl": "bv. 90d, 12h of 2w", "en": "e.g. 90d, 12h or 2w"},
    "cli.sessions.yes": {"nl": "niet om bevestiging vragen", "en": "do not ask for confirmation"},
    "cli.sessions.empty": {"nl": "Nog geen sessies.", "en": "No sessions yet."},
    "cli.sessions.confirm": {
        "nl": "{n} sessie(s) definitief wissen, met hun antwoorden en notities? [j/N] ",
        "en": "Delete {n} session(s) for good, with their answers and notes? [y/N] ",
    },
    "cli.sessions.kept": {"nl": "Niets gewist.", "en": "Nothing deleted."},
    "cli.sessions.deleted": {"nl": "{n} sessie(s) gewist.", "en": "{n} session(s) deleted."},
    "cli.sessions.nothing": {"nl": "Geen sessies die zo oud zijn.", "en": "No sessions that old."},
    "cli.sessions.col.id": {"nl": "ID", "en": "ID"},
    "cli.sessions.col.label": {"nl": "LABEL", "en": "LABEL"},
    "cli.sessions.col.flow": {"nl": "FLOW", "en": "FLOW"},
    "cli.sessions.col.phase": {"nl": "FASE", "en": "PHASE"},
    "cli.sessions.col.status": {"nl": "STATUS", "en": "STATUS"},
    "cli.sessions.col.updated": {"nl": "GEWIJZIGD", "en": "CHANGED"},
})

STRINGS.update({
    # --- reports ------------------------------------------------------------------
    "report.scores": {"nl": "Scores per krachtlijn", "en": "Scores per line of strength"},
    "report.self": {"nl": "Zelfinschatting", "en": "Self-assessment"},
    "report.earned": {"nl": "Behaald in de keuzes", "en": "Earned in the choices"},
    "report.path": {"nl": "Het pad dat je koos", "en": "The path you took"},
    "report.other": {
        "nl": "Wat een andere keuze had geopend",
        "en": "What a different choice would have opened up",
    },
    "report.no-other": {
        "nl": "Bij elke keuze koos je al de sterkste optie.",
        "en": "At every choice you already took the strongest option.",
    },
    "report.instead": {"nl": "In plaats daarvan:", "en": "Instead:"},
    "report.plan": {"nl": "Intakeplan", "en": "Intake plan"},
    "report.notes": {"nl": "Je notities", "en": "Your notes"},
    "report.compare": {
        "nl": "Je eerdere debriefings van dit scenario naast elkaar",
        "en": "Your earlier debriefs of this scenario side by side",
    },
    "report.record": {"nl": "Het hele gesprek", "en": "The whole conversation"},
    "report.title.plan": {"nl": "Intakeplan", "en": "Intake plan"},
    "report.title.debrief": {"nl": "Debriefing", "en": "Debrief"},
    "report.title.reflection": {"nl": "Reflectierapport voor supervisie", "en": "Reflection report for supervision"},
})

STRINGS.update({
    "cli.check.watch": {
        "nl": "controleer opnieuw bij elke bewaring (stop met Ctrl+C)",
        "en": "check again on every save (stop with Ctrl+C)",
    },
    "cli.watch.start": {
        "nl": "Ik kijk mee: bij elke bewaring volgt een nieuwe controle. Stop met Ctrl+C.",
        "en": "Watching: every save is checked again. Stop with Ctrl+C.",
    },
    "cli.serve.help": {
        "nl": "toon de app in een browser (elke browser krijgt een eigen app)",
        "en": "serve the app to browsers (each browser gets its own app)",
    },
    "cli.serve.host": {
        "nl": "adres om op te luisteren; standaard enkel deze computer (127.0.0.1)",
        "en": "address to listen on; by default only this computer (127.0.0.1)",
    },
    "serve.started": {
        "nl": "Bind-Kracht gids draait op {url}  (stop met Ctrl+C)",
        "en": "Bind-Kracht guide is running at {url}  (stop with Ctrl+C)",
    },
    "serve.local-only": {
        "nl": "Alleen deze computer kan verbinden. Voor een klaslokaal: --host 0.0.0.0 (zie README).",
        "en": "Only this computer can connect. For a classroom: --host 0.0.0.0 (see README).",
    },
    "serve.failed": {"nl": "Kan niet starten: {detail}", "en": "Cannot start: {detail}"},
    "cli.new.help": {
        "nl": "maak een nieuwe flow of een nieuw rollenspel, met testplan",
        "en": "create a new flow or role-play scenario, with a test plan",
    },
    "cli.new.name": {
        "nl": "id: kleine letters, cijfers, - en _",
        "en": "id: lower-case letters, digits, - and _",
    },
    "new.bad-name": {
        "nl": "'{name}' kan geen id zijn: gebruik kleine letters, cijfers, - en _, beginnend met een letter",
        "en": "'{name}' cannot be an id: use lower-case letters, digits, - and _, starting with a letter",
    },
    "new.exists": {
        "nl": "{path} bestaat al; ik overschrijf niets. Kies een andere naam.",
        "en": "{path} already exists; nothing is overwritten. Choose another name.",
    },
    "new.failed": {"nl": "Kan {path} niet schrijven: {detail}", "en": "Cannot write {path}: {detail}"},
    "new.wrote": {"nl": "geschreven: {path}", "en": "written: {path}"},
    "new.next": {
        "nl": "Volgende stappen:\n  bindkracht check {path}{extra}\n  bindkracht test {plan}{extra}\n  bindkracht play {id}{extra}",
        "en": "Next steps:\n  bindkracht check {path}{extra}\n  bindkracht test {plan}{extra}\n  bindkracht play {id}{extra}",
    },
})

STRINGS.update({
    "cli.sheets.help": {
        "nl": "print de personakaart, het coachblad en het observatieblad van een rollenspel",
        "en": "print the persona card, coach sheet and observation sheet of a role-play",
    },
    "cli.sheets.none": {
        "nl": "flow '{flow}' heeft geen persona-, coach- of observatiekaart",
        "en": "flow '{flow}' has no persona, coach or observation card",
    },
})

STRINGS.update({
    # --- test plans -----------------------------------------------------------------
    "plan.refused": {
        "nl": "stap {step}: antwoord {value} geweigerd ({why})",
        "en": "step {step}: answer {value} refused ({why})",
    },
    "plan.no-answer": {"nl": "stap {step}: geen antwoord in het plan", "en": "step {step}: no answer scripted"},
    "plan.loops": {
        "nl": "meer dan {n} stappen: het plan draait in een kring",
        "en": "more than {n} steps: the plan loops",
    },
    "plan.engine": {"nl": "motor: {code}", "en": "engine: {code}"},
    "plan.finished": {"nl": "afgerond: verwacht {want}, kreeg {got}", "en": "finished: expected {want}, got {got}"},
    "plan.visit": {
        "nl": "stap '{step}' werd niet bezocht; het pad was: {path}",
        "en": "expected to visit '{step}'; the path was: {path}",
    },
    "plan.avoid": {"nl": "stap '{step}' had niet bezocht mogen worden", "en": "expected not to visit '{step}'"},
    "plan.path": {
        "nl": "het pad verschilt:\n        verwacht: {want}\n        echt:     {got}",
        "en": "the path differs:\n        expected: {want}\n        actual:   {got}",
    },
    "plan.var": {"nl": "variabele {name}: verwacht {want}, kreeg {got}", "en": "variable {name}: expected {want}, got {got}"},
    "plan.score": {"nl": "score {tag}: verwacht {want}, kreeg {got}", "en": "score {tag}: expected {want}, got {got}"},
    "graph.skip-unless": {"nl": "overslaan tenzij {cond}", "en": "skip unless {cond}"},
    "graph.end": {"nl": "einde", "en": "end"},
})
