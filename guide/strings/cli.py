"""Command-line texts: commands, the plain terminal, scaffolds, serve, graphs."""

STRINGS: dict[str, dict[str, str]] = {
    "cli.description": {
        "nl": "Bind-Kracht gids: begeleidt een gesprek in vier fasen. Zonder commando start de app.",
        "en": "Bind-Kracht guide: guides a conversation in four phases. Without a command the app starts.",
    },
    "cli.opt.lang": {
        "nl": "taal: nl of en",
        "en": "language: nl or en",
    },
    "cli.opt.flows": {
        "nl": "extra map met flows (mag herhaald worden)",
        "en": "extra folder of flows (may be repeated)",
    },
    "cli.opt.data-dir": {
        "nl": "map voor je sessies (anders BINDKRACHT_DATA_DIR of de standaardmap)",
        "en": "folder for your sessions (else BINDKRACHT_DATA_DIR or the default)",
    },
    "cli.check.help": {
        "nl": "controleer flows op fouten",
        "en": "check flows for problems",
    },
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
    "cli.no-such-path": {
        "nl": "bestaat niet: {path}",
        "en": "does not exist: {path}",
    },
    "cli.unknown-flow": {
        "nl": "er is geen werkvorm '{flow}'; 'bindkracht flows' toont ze allemaal",
        "en": "there is no activity '{flow}'; 'bindkracht flows' lists them all",
    },
    "cli.broken-flow": {
        "nl": "werkvorm '{flow}' heeft fouten; bekijk ze met 'bindkracht check'",
        "en": "activity '{flow}' has problems; see them with 'bindkracht check'",
    },
    "cli.flows.help": {
        "nl": "toon alle werkvormen",
        "en": "list all activities",
    },
    "cli.flows.none": {
        "nl": "geen werkvormen gevonden",
        "en": "no activities found",
    },
    "cli.flows.ok": {
        "nl": "in orde",
        "en": "ok",
    },
    "cli.flows.broken": {
        "nl": "{n} fout(en)",
        "en": "{n} error(s)",
    },
    "cli.flows.col.id": {
        "nl": "ID",
        "en": "ID",
    },
    "cli.flows.col.title": {
        "nl": "TITEL",
        "en": "TITLE",
    },
    "cli.flows.col.phases": {
        "nl": "FASEN",
        "en": "PHASES",
    },
    "cli.flows.col.langs": {
        "nl": "TALEN",
        "en": "LANGUAGES",
    },
    "cli.flows.col.status": {
        "nl": "STATUS",
        "en": "STATUS",
    },
    "cli.play.help": {
        "nl": "speel een werkvorm af in de gewone terminal",
        "en": "play an activity in the plain terminal",
    },
    "cli.play.flow": {
        "nl": "id van de werkvorm",
        "en": "id of the activity",
    },
    "cli.play.label": {
        "nl": "label voor de sessie (een code of initialen, nooit een naam)",
        "en": "label for the session (a code or initials, never a name)",
    },
    "cli.play.job": {
        "nl": "waarvoor: prepare, rehearse of practise",
        "en": "what for: prepare, rehearse or practise",
    },
    "cli.test.help": {
        "nl": "voer testplannen uit",
        "en": "run test plans",
    },
    "cli.test.summary": {
        "nl": "{passed} geslaagd, {failed} mislukt",
        "en": "{passed} passed, {failed} failed",
    },
    "cli.graph.help": {
        "nl": "toon een flow als diagram (Mermaid of Graphviz)",
        "en": "print a flow as a diagram (Mermaid or Graphviz)",
    },
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
    "play.phase": {
        "nl": "Fase {n}/4",
        "en": "Phase {n}/4",
    },
    "play.why": {
        "nl": "Waarom zo",
        "en": "Why this way",
    },
    "play.client": {
        "nl": "Cliënt",
        "en": "Client",
    },
    "play.card-hint": {
        "nl": "(achtergrond: {title} — typ :kaart)",
        "en": "(background: {title} — type :card)",
    },
    "play.no-card": {
        "nl": "Bij deze stap hoort geen kaart.",
        "en": "This step has no card.",
    },
    "play.event.feedback": {
        "nl": "Feedback",
        "en": "Feedback",
    },
    "play.event.think": {
        "nl": "Binnenkant",
        "en": "Inner side",
    },
    "play.event.end": {
        "nl": "Afgerond",
        "en": "Done",
    },
    "play.hint.continue": {
        "nl": "[Enter] verder",
        "en": "[Enter] continue",
    },
    "play.hint.choice": {
        "nl": "Typ een nummer",
        "en": "Type a number",
    },
    "play.hint.multi": {
        "nl": "Typ nummers, gescheiden door komma's",
        "en": "Type numbers, separated by commas",
    },
    "play.hint.checklist": {
        "nl": "Typ de nummers die kloppen (Enter = geen)",
        "en": "Type the numbers that are true (Enter = none)",
    },
    "play.hint.scale": {
        "nl": "Typ een getal",
        "en": "Type a number",
    },
    "play.hint.text": {
        "nl": "Typ je antwoord",
        "en": "Type your answer",
    },
    "play.help": {
        "nl": "Commando's: :terug (vorige stap), :overslaan, :notitie (privé-reflectie), :kaart "
              "(achtergrond), :stop (bewaren en stoppen). Engelse namen werken ook.",
        "en": "Commands: :back (previous step), :skip, :note (private reflection), :card (background), :quit "
              "(save and stop). Dutch names work too.",
    },
    "play.note?": {
        "nl": "Je notitie (privé): ",
        "en": "Your note (private): ",
    },
    "play.note-saved": {
        "nl": "  Notitie bewaard.",
        "en": "  Note saved.",
    },
    "play.where-left": {
        "nl": "Waar je bleef:",
        "en": "Where you left off:",
    },
    "play.no-back": {
        "nl": "  Je bent bij de eerste stap.",
        "en": "  You are at the first step.",
    },
    "play.scores": {
        "nl": "Scores per krachtlijn:",
        "en": "Scores per line of strength:",
    },
    "play.finished": {
        "nl": "Klaar. Exporteer met: bindkracht sessions export {id}",
        "en": "Done. Export with: bindkracht sessions export {id}",
    },
    "cli.bad-duration": {
        "nl": "'{value}' is geen duur; schrijf bv. 90d, 12h of 2w",
        "en": "'{value}' is not a duration; write e.g. 90d, 12h or 2w",
    },
    "cli.sessions.help": {
        "nl": "bekijk, exporteer of wis je sessies",
        "en": "view, export or delete your sessions",
    },
    "cli.sessions.list": {
        "nl": "toon alle sessies",
        "en": "list all sessions",
    },
    "cli.sessions.show": {
        "nl": "toon één sessie als tekst",
        "en": "show one session as text",
    },
    "cli.sessions.export": {
        "nl": "schrijf een sessie naar Markdown of HTML",
        "en": "write a session to Markdown or HTML",
    },
    "cli.sessions.out": {
        "nl": "doelbestand (standaard: de map exports naast je gegevens)",
        "en": "target file (default: the exports folder next to your data)",
    },
    "cli.sessions.delete": {
        "nl": "wis sessies definitief",
        "en": "delete sessions for good",
    },
    "cli.sessions.purge": {
        "nl": "wis alle sessies ouder dan een duur",
        "en": "delete all sessions older than an age",
    },
    "cli.sessions.age": {
        "nl": "bv. 90d, 12h of 2w",
        "en": "e.g. 90d, 12h or 2w",
    },
    "cli.sessions.yes": {
        "nl": "niet om bevestiging vragen",
        "en": "do not ask for confirmation",
    },
    "cli.sessions.empty": {
        "nl": "Nog geen sessies.",
        "en": "No sessions yet.",
    },
    "cli.sessions.confirm": {
        "nl": "{n} sessie(s) definitief wissen, met hun antwoorden en notities? [j/N] ",
        "en": "Delete {n} session(s) for good, with their answers and notes? [y/N] ",
    },
    "cli.sessions.kept": {
        "nl": "Niets gewist.",
        "en": "Nothing deleted.",
    },
    "cli.sessions.deleted": {
        "nl": "{n} sessie(s) gewist.",
        "en": "{n} session(s) deleted.",
    },
    "cli.sessions.nothing": {
        "nl": "Geen sessies die zo oud zijn.",
        "en": "No sessions that old.",
    },
    "cli.sessions.col.id": {
        "nl": "ID",
        "en": "ID",
    },
    "cli.sessions.col.label": {
        "nl": "LABEL",
        "en": "LABEL",
    },
    "cli.sessions.col.flow": {
        "nl": "WERKVORM",
        "en": "ACTIVITY",
    },
    "cli.sessions.col.phase": {
        "nl": "FASE",
        "en": "PHASE",
    },
    "cli.sessions.col.status": {
        "nl": "STATUS",
        "en": "STATUS",
    },
    "cli.sessions.col.training": {
        "nl": "TRAINING",
        "en": "TRAINING",
    },
    "cli.sessions.col.updated": {
        "nl": "GEWIJZIGD",
        "en": "CHANGED",
    },
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
    "serve.failed": {
        "nl": "Kan niet starten: {detail}",
        "en": "Cannot start: {detail}",
    },
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
    "new.failed": {
        "nl": "Kan {path} niet schrijven: {detail}",
        "en": "Cannot write {path}: {detail}",
    },
    "new.wrote": {
        "nl": "geschreven: {path}",
        "en": "written: {path}",
    },
    "new.next": {
        "nl": "Volgende stappen:\n  bindkracht check {path}{extra}\n  bindkracht test {plan}{extra}\n"
              "  bindkracht play {id}{extra}",
        "en": "Next steps:\n  bindkracht check {path}{extra}\n  bindkracht test {plan}{extra}\n"
              "  bindkracht play {id}{extra}",
    },
    "cli.sheets.help": {
        "nl": "print de personakaart, het coachblad en het observatieblad van een rollenspel",
        "en": "print the persona card, coach sheet and observation sheet of a role-play",
    },
    "cli.sheets.none": {
        "nl": "flow '{flow}' heeft geen persona-, coach- of observatiekaart",
        "en": "flow '{flow}' has no persona, coach or observation card",
    },
    "graph.skip-unless": {
        "nl": "overslaan tenzij {cond}",
        "en": "skip unless {cond}",
    },
    "graph.end": {
        "nl": "einde",
        "en": "end",
    },
    "cli.bad-id": {
        "nl": "'{value}' is geen sessienummer (een heel getal vanaf 1; zie 'bindkracht sessions list')",
        "en": "'{value}' is not a session number (a whole number from 1; see 'bindkracht sessions list')",
    },
    "cli.bad-port": {
        "nl": "'{value}' is geen poort (een heel getal van {low} tot {high})",
        "en": "'{value}' is not a port (a whole number from {low} to {high})",
    },
    "cli.opt.version": {
        "nl": "toon de versie en stop",
        "en": "show the version and exit",
    },
    "cli.check.no-files": {
        "nl": "geen flowbestanden (*.yaml) gevonden in {paths}: er is niets gecontroleerd",
        "en": "no flow files (*.yaml) found in {paths}: nothing was checked",
    },
    "cli.test.is-folder": {
        "nl": "{path} is een map, geen testplan: geef een bestand *.plan.yaml, of niets om alle "
              "plannen te draaien",
        "en": "{path} is a folder, not a test plan: give a *.plan.yaml file, or nothing to run every plan",
    },
}
