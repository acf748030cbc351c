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
    "report.client-thought": {"nl": "Wat de cliënt toen dacht", "en": "What the client thought then"},
    "report.flavour": {
        "nl": "Markdown met tabellen (GitHub Flavored Markdown)",
        "en": "Markdown with tables (GitHub Flavored Markdown)",
    },
}
