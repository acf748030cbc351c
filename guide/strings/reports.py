"""Exports, plans and reports."""

STRINGS: dict[str, dict[str, str]] = {
    "export.label": {
        "nl": "Label",
        "en": "Label",
    },
    "export.job": {
        "nl": "Doel",
        "en": "Purpose",
    },
    "export.flow": {
        "nl": "Werkvorm",
        "en": "Activity",
    },
    "export.version": {
        "nl": "versie",
        "en": "version",
    },
    "export.dates": {
        "nl": "Gestart – laatst gewijzigd",
        "en": "Started – last changed",
    },
    "export.status": {
        "nl": "Status",
        "en": "Status",
    },
    "export.status.active": {
        "nl": "nog bezig",
        "en": "in progress",
    },
    "export.status.finished": {
        "nl": "afgerond",
        "en": "finished",
    },
    "export.status.ended-early": {
        "nl": "de cliënt vertrok",
        "en": "the client left",
    },
    "export.skipped": {
        "nl": "(overgeslagen)",
        "en": "(skipped)",
    },
    "export.open": {
        "nl": "(nog niet beantwoord)",
        "en": "(not answered yet)",
    },
    "export.note": {
        "nl": "Notitie",
        "en": "Note",
    },
    "export.notes": {
        "nl": "Andere notities",
        "en": "Other notes",
    },
    "export.orphans": {
        "nl": "Antwoorden bij stappen die niet meer bestaan",
        "en": "Answers to steps that no longer exist",
    },
    "export.scores": {
        "nl": "Scores per krachtlijn",
        "en": "Scores per line of strength",
    },
    "export.tag": {
        "nl": "Krachtlijn",
        "en": "Line of strength",
    },
    "export.points": {
        "nl": "Punten",
        "en": "Points",
    },
    "export.written": {
        "nl": "Geschreven: {path}",
        "en": "Written: {path}",
    },
    "report.scores": {
        "nl": "Scores per krachtlijn",
        "en": "Scores per line of strength",
    },
    "report.self-short": {"nl": "zelf", "en": "self"},
    "report.self": {
        "nl": "Zelfinschatting",
        "en": "Self-assessment",
    },
    "report.earned": {
        "nl": "Behaald in de keuzes",
        "en": "Earned in the choices",
    },
    "report.path": {
        "nl": "Het pad dat je koos",
        "en": "The path you took",
    },
    "report.other": {
        "nl": "Wat een andere keuze had geopend",
        "en": "What a different choice would have opened up",
    },
    "report.no-other": {
        "nl": "Bij elke keuze koos je al de sterkste optie.",
        "en": "At every choice you already took the strongest option.",
    },
    "report.no-other.missed": {
        "nl": "Bij elke keuze die je uiteindelijk maakte, koos je de sterkste optie. Daarvoor hoorde de "
              "cliënt {n} keer iets anders dan een van de opties (zie 'In je eigen woorden').",
        "en": "At every choice you finally made, you took the strongest option. Before that, the client "
              "heard something other than the options {n} times (see 'In your own words').",
    },
    "report.no-other.missed.one": {
        "nl": "Bij elke keuze die je uiteindelijk maakte, koos je de sterkste optie. Daarvoor hoorde de "
              "cliënt één keer iets anders dan een van de opties (zie 'In je eigen woorden').",
        "en": "At every choice you finally made, you took the strongest option. Before that, the client "
              "once heard something other than the options (see 'In your own words').",
    },
    "report.instead": {
        "nl": "In plaats daarvan:",
        "en": "Instead:",
    },
    "report.plan": {
        "nl": "Intakeplan",
        "en": "Intake plan",
    },
    "report.notes": {
        "nl": "Je notities",
        "en": "Your notes",
    },
    "report.compare": {
        "nl": "Je eerdere debriefings van dit scenario naast elkaar",
        "en": "Your earlier debriefs of this scenario side by side",
    },
    "report.record": {
        "nl": "Het hele gesprek",
        "en": "The whole conversation",
    },
    "report.title.plan": {
        "nl": "Intakeplan",
        "en": "Intake plan",
    },
    "report.title.debrief": {
        "nl": "Debriefing",
        "en": "Debrief",
    },
    "report.title.reflection": {
        "nl": "Reflectierapport voor supervisie",
        "en": "Reflection report for supervision",
    },
    "plan.refused": {
        "nl": "stap {step}: antwoord {value} geweigerd ({why})",
        "en": "step {step}: answer {value} refused ({why})",
    },
    "plan.no-answer": {
        "nl": "stap {step}: geen antwoord in het plan",
        "en": "step {step}: no answer scripted",
    },
    "plan.loops": {
        "nl": "meer dan {n} stappen: het plan draait in een kring",
        "en": "more than {n} steps: the plan loops",
    },
    "plan.engine": {
        "nl": "motor: {code}",
        "en": "engine: {code}",
    },
    "plan.finished": {
        "nl": "afgerond: verwacht {want}, kreeg {got}",
        "en": "finished: expected {want}, got {got}",
    },
    "plan.visit": {
        "nl": "stap '{step}' werd niet bezocht; het pad was: {path}",
        "en": "expected to visit '{step}'; the path was: {path}",
    },
    "plan.avoid": {
        "nl": "stap '{step}' had niet bezocht mogen worden",
        "en": "expected not to visit '{step}'",
    },
    "plan.path": {
        "nl": "het pad verschilt:\n        verwacht: {want}\n        echt:     {got}",
        "en": "the path differs:\n        expected: {want}\n        actual:   {got}",
    },
    "plan.var": {
        "nl": "variabele {name}: verwacht {want}, kreeg {got}",
        "en": "variable {name}: expected {want}, got {got}",
    },
    "plan.score": {
        "nl": "score {tag}: verwacht {want}, kreeg {got}",
        "en": "score {tag}: expected {want}, got {got}",
    },
}
