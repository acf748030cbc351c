"""Texts of the terminal and browser app: screens, keys, dialogs, the palette."""

STRINGS: dict[str, dict[str, str]] = {
    "app.title": {
        "nl": "Bind-Kracht gids",
        "en": "Bind-Kracht guide",
    },
    "key.quit": {
        "nl": "Stop",
        "en": "Quit",
    },
    "key.help": {
        "nl": "Hulp",
        "en": "Help",
    },
    "key.palette": {
        "nl": "Commando's",
        "en": "Commands",
    },
    "key.save": {
        "nl": "Bewaar",
        "en": "Save",
    },
    "key.back": {
        "nl": "Terug",
        "en": "Back",
    },
    "key.skip": {
        "nl": "Overslaan",
        "en": "Skip",
    },
    "key.note": {
        "nl": "Notitie",
        "en": "Note",
    },
    "key.card": {
        "nl": "Kaart",
        "en": "Card",
    },
    "key.export": {
        "nl": "Rapport",
        "en": "Report",
    },
    "key.home": {
        "nl": "Naar start",
        "en": "Home",
    },
    "home.welcome": {
        "nl": "Deze gids helpt je een gesprek voor te bereiden, te oefenen en erop terug te kijken, in de "
              "vier fasen van een hulpverleningsproces.\nKies hieronder wat je wil doen; "
              "alles wat je invult blijft op deze computer.\nPijltjes en Enter om te kiezen, Tab om te "
              "wisselen, F1 voor hulp, {quit} om te stoppen.",
        "en": "This guide helps you prepare, rehearse and look back on a conversation, through the four "
              "phases of a help process.\nChoose below what you want to do; everything you enter stays on "
              "this computer.\nArrows and Enter to choose, Tab to move, F1 for help, {quit} to quit.",
    },
    "home.jobs": {
        "nl": "Wat wil je doen?",
        "en": "What do you want to do?",
    },
    "home.flows": {
        "nl": "Kies een werkvorm",
        "en": "Choose an activity",
    },
    "home.resume": {
        "nl": "Verder met een sessie",
        "en": "Continue a session",
    },
    "home.no-resume": {
        "nl": "Geen onderbroken sessies.",
        "en": "No unfinished sessions.",
    },
    "home.no-flows": {
        "nl": "Voor dit doel zijn er nog geen werkvormen.",
        "en": "There are no activities for this yet.",
    },
    "home.keys-held": {
        "nl": "Getypt: {n} toets(en), bewaard voor de lijst zodra die er is.",
        "en": "Typed: {n} key(s), kept for the list as soon as it is there.",
    },
    "home.loading": {
        "nl": "Werkvormen laden…",
        "en": "Loading activities…",
    },
    "home.broken": {
        "nl": "{n} fout(en)",
        "en": "{n} problem(s)",
    },
    "home.broken-hint": {
        "nl": "Deze werkvorm heeft fouten en kan niet starten. Verbeter het bestand en kijk met 'bindkracht "
              "check {path}'. De eerste fouten:",
        "en": "This activity has problems and cannot start. Fix the file and look with 'bindkracht check "
              "{path}'. The first problems:",
    },
    "home.resume-row": {
        "nl": "{label} · {flow} · {phase} · {ago}",
        "en": "{label} · {flow} · {phase} · {ago}",
    },
    "home.store-failed": {
        "nl": "Je sessies kunnen niet bewaard worden: {error}",
        "en": "Your sessions cannot be saved: {error}",
    },
    "label.title": {
        "nl": "Nieuwe sessie",
        "en": "New session",
    },
    "label.prompt": {
        "nl": "Geef de sessie een label: een code of initialen, nooit een naam.",
        "en": "Give the session a label: a code or initials, never a name.",
    },
    "label.start": {
        "nl": "Start",
        "en": "Start",
    },
    "label.cancel": {
        "nl": "Annuleer",
        "en": "Cancel",
    },
    "conv.continue": {
        "nl": "Verder",
        "en": "Continue",
    },
    "conv.confirm": {
        "nl": "Bevestig",
        "en": "Confirm",
    },
    "conv.save": {
        "nl": "Bewaar antwoord (Ctrl+S)",
        "en": "Save answer (Ctrl+S)",
    },
    "conv.you": {
        "nl": "Jij",
        "en": "You",
    },
    "conv.multi-hint": {
        "nl": "Spatie vinkt aan, Enter bevestigt.",
        "en": "Space ticks, Enter confirms.",
    },
    "conv.optional": {
        "nl": "(mag je overslaan met Ctrl+O)",
        "en": "(you may skip this with Ctrl+O)",
    },
    "conv.skipped": {
        "nl": "(overgeslagen)",
        "en": "(skipped)",
    },
    "conv.nothing": {
        "nl": "(niets aangevinkt)",
        "en": "(nothing ticked)",
    },
    "conv.earlier": {
        "nl": "{n} eerdere berichten staan in het rapport (Ctrl+P, Rapport maken).",
        "en": "{n} earlier messages are in the report (Ctrl+P, Make report).",
    },
    "conv.not-saved": {
        "nl": "Niet bewaard: {error} Je antwoord staat nog klaar; probeer opnieuw.",
        "en": "Not saved: {error} Your answer is still there; try again.",
    },
    "conv.ended-early": {
        "nl": "Het gesprek eindigde vroeg.",
        "en": "The conversation ended early.",
    },
    "conv.finished": {
        "nl": "Afgerond.",
        "en": "Finished.",
    },
    "conv.to-home": {
        "nl": "Naar start",
        "en": "Home",
    },
    "conv.export": {
        "nl": "Rapport maken",
        "en": "Make report",
    },
    "conv.readonly": {
        "nl": "Alleen-lezen: deze sessie kan niet verder.",
        "en": "Read-only: this session cannot continue.",
    },
    "conv.no-back": {
        "nl": "Je bent bij de eerste stap.",
        "en": "You are at the first step.",
    },
    "conv.cannot-skip": {
        "nl": "Deze stap kan je niet overslaan.",
        "en": "This step cannot be skipped.",
    },
    "conv.exported": {
        "nl": "Rapport bewaard: {path}",
        "en": "Report saved: {path}",
    },
    "conv.note-saved": {
        "nl": "Notitie bewaard.",
        "en": "Note saved.",
    },
    "conv.no-card": {
        "nl": "Bij deze stap hoort geen kaart.",
        "en": "This step has no card.",
    },
    "conv.scores": {
        "nl": "Scores per krachtlijn",
        "en": "Scores per line of strength",
    },
    "conv.phase-of": {
        "nl": "Fase {n} van 4",
        "en": "Phase {n} of 4",
    },
    "quit.title": {
        "nl": "Stoppen?",
        "en": "Quit?",
    },
    "quit.body": {
        "nl": "Alles wat je bevestigde is bewaard. Je kan later verder waar je was.",
        "en": "Everything you confirmed is saved. You can continue later where you were.",
    },
    "quit.yes": {
        "nl": "Stoppen",
        "en": "Quit",
    },
    "quit.no": {
        "nl": "Blijven",
        "en": "Stay",
    },
    "note.title": {
        "nl": "Privé-notitie bij deze stap",
        "en": "Private note on this step",
    },
    "note.hint": {
        "nl": "Een reflectie voor jezelf. Schrijf geen namen of rijksregisternummers.",
        "en": "A reflection for yourself. Write no names or national register numbers.",
    },
    "note.save": {
        "nl": "Bewaar",
        "en": "Save",
    },
    "help.title": {
        "nl": "Hulp",
        "en": "Help",
    },
    "help.method": {
        "nl": "Bind-Kracht staat voor verbinden en versterken. Hulp die blijft werken, bouwt aan de band met "
              "de persoon én aan diens eigen kracht: autonomie in verbondenheid.\nDe gids volgt vier fasen: "
              "een warm onthaal, het herstel van basisrechten, procesmatig op weg gaan, en een zorgzame "
              "afbouw. Bij elke stap krijg je vragen om te stellen, reflecties voor jezelf en een "
              "achtergrondkaart.",
        "en": "Bind-Kracht means connecting and strengthening. Help that lasts builds the bond with the "
              "person and their own strength: autonomy in connectedness.\nThe guide follows four phases: "
              "a warm welcome, restoring basic rights, working through the process, and a careful closure. "
              "At every step you get questions to ask, reflections for yourself and a background card.",
    },
    "help.keys": {
        "nl": "Toetsen",
        "en": "Keys",
    },
    "help.rebind": {
        "nl": 'Andere toetsen? Zet ze in {path}, bv. note = "ctrl+j". Namen: {ids}.',
        "en": 'Other keys? Put them in {path}, e.g. note = "ctrl+j". Names: {ids}.',
    },
    "help.cards": {
        "nl": "Kaarten (Enter om te lezen)",
        "en": "Cards (Enter to read)",
    },
    "help.close": {
        "nl": "Sluiten",
        "en": "Close",
    },
    "card.close": {
        "nl": "Sluiten (Esc)",
        "en": "Close (Esc)",
    },
    "cmd.placeholder": {
        "nl": "Zoek een commando of kaart…",
        "en": "Search for a command or card…",
    },
    "cmd.lang": {
        "nl": "Taal: English",
        "en": "Language: Nederlands",
    },
    "cmd.lang.help": {
        "nl": "Schakel over naar het Engels",
        "en": "Switch to Dutch",
    },
    "cmd.theme": {
        "nl": "Thema wijzigen",
        "en": "Change theme",
    },
    "cmd.theme.help": {
        "nl": "Kies kleuren, ook een ANSI-thema",
        "en": "Choose colours, including an ANSI theme",
    },
    "cmd.export": {
        "nl": "Rapport maken",
        "en": "Make report",
    },
    "cmd.export.help": {
        "nl": "Bewaar deze sessie als HTML en Markdown",
        "en": "Save this session as HTML and Markdown",
    },
    "cmd.card": {
        "nl": "Kaart: {title}",
        "en": "Card: {title}",
    },
    "cmd.card.help": {
        "nl": "Lees deze achtergrondkaart",
        "en": "Read this background card",
    },
    "cmd.help": {
        "nl": "Hulp en toetsen",
        "en": "Help and keys",
    },
    "cmd.help.help": {
        "nl": "Wat je hier kunt doen en met welke toets (ook F1)",
        "en": "What you can do here, and with which key (also F1)",
    },
    "cmd.quit": {
        "nl": "Stoppen",
        "en": "Quit",
    },
    "cmd.quit.help": {
        "nl": "Bewaar en sluit de app",
        "en": "Save and close the app",
    },
    "report.show.plan": {
        "nl": "Toon het plan",
        "en": "Show the plan",
    },
    "report.show.debrief": {
        "nl": "Toon de debriefing",
        "en": "Show the debrief",
    },
    "report.show.reflection": {
        "nl": "Toon het rapport",
        "en": "Show the report",
    },
    "report.back": {
        "nl": "Terug",
        "en": "Back",
    },
    "cmd.persona": {
        "nl": "Personakaart",
        "en": "Persona card",
    },
    "cmd.coach": {
        "nl": "Coachblad (voor wie de cliënt speelt)",
        "en": "Coach sheet (for whoever plays the client)",
    },
    "cmd.observer": {
        "nl": "Observatieblad",
        "en": "Observation sheet",
    },
    "cmd.sheet.help": {
        "nl": "Toon dit blad van het scenario",
        "en": "Show this sheet of the scenario",
    },
    "reload.ok": {
        "nl": "Werkvorm '{flow}' is opnieuw geladen. Een lopend gesprek gaat verder met de vorige versie.",
        "en": "Activity '{flow}' was reloaded. A running conversation goes on with the previous version.",
    },
    "reload.broken": {
        "nl": "Werkvorm '{flow}' heeft nu {n} fout(en): {first}",
        "en": "Activity '{flow}' now has {n} problem(s): {first}",
    },
    "stepper.label": {
        "nl": "Fasen",
        "en": "Phases",
    },
}
