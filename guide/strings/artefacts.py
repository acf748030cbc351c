"""The take-away artefacts: intake plan, debrief and reflection report."""

STRINGS: dict[str, dict[str, str]] = {
    "report.not-tested": {"nl": "n.v.t.", "en": "n/a"},
    "report.best-scenario": {"nl": "Best mogelijk", "en": "Best possible"},
    "report.best-note": {
        "nl": "Het percentage zet je punten af tegen het beste pad door het hele scenario. "
              "n.v.t.: dit scenario toetst die krachtlijn niet. Een negatief percentage: punten verloren.",
        "en": "The percentage sets your points against the best path through the whole scenario. "
              "n/a: this scenario does not test that line of strength. A negative percentage: points lost.",
    },
    "report.costly": {"nl": "De momenten die het meest kostten", "en": "The moments that cost the most"},
    "report.cost": {"nl": "{n} punten onder het best mogelijke", "en": "{n} points below the best possible"},
    "report.cost.one": {"nl": "1 punt onder het best mogelijke", "en": "1 point below the best possible"},
    "report.client-thought": {"nl": "Wat de cliënt toen dacht", "en": "What the client thought then"},
    "report.flavour": {
        "nl": "Markdown met tabellen (GitHub Flavored Markdown)",
        "en": "Markdown with tables (GitHub Flavored Markdown)",
    },
}
STRINGS.update({
    "plan.meeting_date": {"nl": "Datum", "en": "Date"},
    "plan.meeting_time": {"nl": "Uur", "en": "Time"},
    "plan.meeting_place": {"nl": "Plaats", "en": "Place"},
    "plan.before": {"nl": "Voor het gesprek", "en": "Before the meeting"},
    "plan.room": {"nl": "De ruimte en het onthaal", "en": "The room and the welcome"},
    "plan.open": {"nl": "Hoe ik open", "en": "How I open"},
    "plan.ask": {"nl": "Wat ik wil vragen", "en": "What I want to ask"},
    "plan.promise": {"nl": "Wat ik wel en niet beloof", "en": "What I will and won't promise"},
    "plan.bring": {"nl": "Wat de persoon kan meebrengen", "en": "What the person can bring"},
    "plan.rights": {"nl": "Rechten om samen na te gaan", "en": "Rights to check together"},
    "plan.next": {"nl": "Volgende stap", "en": "Next step"},
    "plan.more": {"nl": "Verder", "en": "Also"},
    "plan.during": {"nl": "Tijdens het gesprek", "en": "During the meeting"},
    "plan.safeguards": {"nl": "Vast in elk gesprek", "en": "In every meeting"},
    "plan.safe.notes": {"nl": "Toestemming gevraagd om notities te nemen",
                        "en": "Asked permission to take notes"},
    "plan.safe.secrecy": {
        "nl": "Grenzen van het beroepsgeheim uitgelegd: wat naar het comité gaat, en ernstig gevaar",
        "en": "Explained the limits of professional secrecy: what goes to the committee, and serious danger",
    },
    "plan.safe.interpreter": {
        "nl": "Tolk nodig? Een sociaal tolk, nooit een kind",
        "en": "Interpreter needed? A social interpreter, never a child",
    },
    "plan.safe.next": {
        "nl": "Volgend contact afgesproken, en wie de persoon tussendoor kan bereiken",
        "en": "Next contact agreed, and whom the person can reach in between",
    },
    "plan.private": {"nl": "Voor mezelf", "en": "For myself"},
    "plan.private-note": {
        "nl": "Niet om mee te nemen naar het gesprek: mijn eigen aannames, neiging en notities.",
        "en": "Not to take into the meeting: my own assumptions, tendency and notes.",
    },
    "plan.assumptions": {"nl": "Mijn aannames", "en": "My assumptions"},
    "plan.lean": {"nl": "Mijn neiging", "en": "My tendency"},
    "plan.ready": {"nl": "Wat al klaarstaat", "en": "What is ready"},
    "plan.private-file": {"nl": "Voor mezelf: {path}", "en": "For myself: {path}"},
})
STRINGS.update({
    "cli.sessions.private": {
        "nl": "de pagina 'voor mezelf' van een intakeplan (aannames, neiging, notities) in plaats "
              "van het plan",
        "en": "the 'for myself' page of an intake plan (assumptions, tendency, notes) instead of the plan",
    },
    "cli.sessions.no-private": {
        "nl": "Deze sessie heeft geen pagina 'voor mezelf' (enkel een afgerond intakeplan heeft er een).",
        "en": "This session has no 'for myself' page (only a finished intake plan has one).",
    },
})
STRINGS.update({
    "plan.label.history": {"nl": "Eerder contact", "en": "Earlier contact"},
    "plan.label.setting": {"nl": "Klaar", "en": "Ready"},
    "plan.label.language": {"nl": "Taal", "en": "Language"},
    "plan.label.notes_plan": {"nl": "Notities", "en": "Notes"},
})
STRINGS.update({
    "reflect.worked": {"nl": "Gewerkt op", "en": "Worked on"},
    "reflect.evening": {"nl": "avond", "en": "evening"},
    "reflect.daytime": {"nl": "overdag", "en": "daytime"},
    "reflect.own": {"nl": "Mijn reflecties en notities", "en": "My reflections and notes"},
    "reflect.none": {"nl": "(Geen eigen reflecties geschreven.)",
                     "en": "(No reflections of my own written.)"},
    "reflect.moments": {"nl": "Momenten die ertoe deden", "en": "Moments that mattered"},
    "reflect.undone": {"nl": "Keuzes die ik ongedaan maakte en opnieuw koos",
                       "en": "Choices I undid and made again"},
    "reflect.undone-none": {"nl": "Geen: elke keuze bleef staan.", "en": "None: every choice stood."},
    "reflect.first": {"nl": "eerst", "en": "first"},
    "reflect.then": {"nl": "daarna", "en": "then"},
    "reflect.came-back": {"nl": "Gevolgen die later terugkwamen", "en": "Consequences that came back later"},
    "reflect.came-back-none": {"nl": "Geen: geen enkele keuze kwam later in het traject terug.",
                               "en": "None: no choice came back later in the process."},
    "reflect.came-back-item": {"nl": "«{choice}» Ik koos: {answer} Dat kwam terug in:",
                               "en": "«{choice}» I chose: {answer} That came back in:"},
    "reflect.appendix": {"nl": "Bijlage: het hele gesprek", "en": "Appendix: the whole conversation"},
})
