"""Shared labels: jobs, step kinds, phases, transcript styles."""

STRINGS: dict[str, dict[str, str]] = {
    "phase.intake": {
        "nl": "Warm onthaal",
        "en": "Warm welcome",
    },
    "phase.rights": {
        "nl": "Herstel van basisrechten",
        "en": "Restoring basic rights",
    },
    "phase.process": {
        "nl": "Procesmatig op weg",
        "en": "Working through the process",
    },
    "phase.closure": {
        "nl": "Zorgzame afbouw",
        "en": "Careful closure",
    },
    "kind.card": {
        "nl": "Kaart",
        "en": "Card",
    },
    "kind.ask": {
        "nl": "Vraag aan de persoon",
        "en": "Question to ask",
    },
    "kind.cue": {
        "nl": "Reflectie voor jezelf",
        "en": "Reflection for yourself",
    },
    "kind.choice": {
        "nl": "Kies",
        "en": "Choose",
    },
    "kind.multi": {
        "nl": "Kies wat past",
        "en": "Choose what fits",
    },
    "kind.checklist": {
        "nl": "Checklist",
        "en": "Checklist",
    },
    "kind.scale": {
        "nl": "Schaal",
        "en": "Scale",
    },
    "kind.text": {
        "nl": "Schrijf",
        "en": "Write",
    },
    "kind.line": {
        "nl": "Cliënt",
        "en": "Client",
    },
    "style.open": {
        "nl": "open vraag",
        "en": "open question",
    },
    "style.closed": {
        "nl": "gesloten vraag",
        "en": "closed question",
    },
    "job.prepare": {
        "nl": "Een intake voorbereiden",
        "en": "Prepare an intake",
    },
    "job.rehearse": {
        "nl": "Een rollenspel oefenen",
        "en": "Rehearse a role-play",
    },
    "job.practise": {
        "nl": "Een volledig hulpverleningsproces oefenen",
        "en": "Practise a full help process",
    },
}
