"""The trainer's group view, training codes and who sees the coach and observer sheets."""

STRINGS = {
    # training codes
    "training.bad-code": {
        "nl": "Een trainingscode bestaat uit letters, cijfers en . _ - (geen spaties), hoogstens "
              "{max} tekens, bijvoorbeeld BK-gent-2026-12-02.",
        "en": "A training code is letters, digits and . _ - (no spaces), at most {max} characters, "
              "for example BK-gent-2026-12-02.",
    },
    "training.field": {
        "nl": "Trainingscode (alleen in een training; mag leeg blijven):",
        "en": "Training code (only in a training; may stay empty):",
    },
    "training.placeholder": {"nl": "bv. BK-gent-2026-12-02", "en": "e.g. BK-gent-2026-12-02"},
    "training.started": {"nl": "Training: {code}", "en": "Training: {code}"},
    "training.current": {"nl": "Training: {code} —", "en": "Training: {code} —"},
    "training.change": {"nl": "wijzig", "en": "change"},
    "cli.opt.training": {
        "nl": "de trainingscode van de groep (een groep en een datum, bv. BK-gent-2026-12-02)",
        "en": "the group's training code (a group and a date, e.g. BK-gent-2026-12-02)",
    },
    "export.training": {"nl": "Training", "en": "Training"},
    # the group view
    "group.title": {"nl": "Groepsoverzicht", "en": "Group view"},
    "group.help": {
        "nl": "Wat een groep in een rollenspel koos, groot voor de hele zaal: "
              "kies een training en een scenario",
        "en": "What a group chose in a role-play, large for the whole room: choose a training and a scenario",
    },
    "group.pick-training": {"nl": "Kies een training", "en": "Choose a training"},
    "group.pick-flow": {"nl": "Kies een scenario van {code}", "en": "Choose a scenario of {code}"},
    "group.training-row": {"nl": "{code} · {n} sessies", "en": "{code} · {n} sessions"},
    "group.flow-row": {"nl": "{title} · {n} sessies", "en": "{title} · {n} sessions"},
    # with n=1, t() takes the ".one" form
    "group.training-row.one": {"nl": "{code} · 1 sessie", "en": "{code} · 1 session"},
    "group.flow-row.one": {"nl": "{title} · 1 sessie", "en": "{title} · 1 session"},
    "group.sessions.one": {"nl": "1 sessie · {done} afgerond", "en": "1 session · {done} finished"},
    "group.unreadable.one": {
        "nl": "1 sessie van een oudere versie van het scenario telt niet mee.",
        "en": "1 session of an older version of the scenario does not count.",
    },
    "group.too-small.one": {
        "nl": "Te kleine groep om anoniem te blijven: 1 sessie, er zijn er minstens {min} nodig. "
              "Daarom geen aantallen per optie en geen scores; bespreek de momenten met de groep zelf.",
        "en": "Too small a group to stay anonymous: 1 session, at least {min} are needed. "
              "So no counts per option and no scores; talk the moments through with the group itself.",
    },
    "group.none": {
        "nl": "Nog geen rollenspel met een trainingscode. Geef bij de start van een rollenspel de "
              "code van de training in (of 'bindkracht play SCENARIO --training CODE').",
        "en": "No role-play with a training code yet. Enter the training's code when a role-play starts "
              "(or 'bindkracht play SCENARIO --training CODE').",
    },
    "group.sessions": {
        "nl": "{n} sessies · {done} afgerond",
        "en": "{n} sessions · {done} finished",
    },
    "group.unreadable": {
        "nl": "{n} sessies van een oudere versie van het scenario tellen niet mee.",
        "en": "{n} sessions of an older version of the scenario do not count.",
    },
    "group.anonymous": {
        "nl": "Alleen aantallen: geen labels, geen namen, geen getypte tekst.",
        "en": "Counts only: no labels, no names, no typed text.",
    },
    "group.too-small": {
        "nl": "Te kleine groep om anoniem te blijven: {n} sessies, er zijn er minstens {min} nodig. "
              "Daarom geen aantallen per optie en geen scores; bespreek de momenten met de groep zelf.",
        "en": "Too small a group to stay anonymous: {n} sessions, at least {min} are needed. "
              "So no counts per option and no scores; talk the moments through with the group itself.",
    },
    "group.overview": {"nl": "Overzicht", "en": "Overview"},
    "group.moment": {"nl": "Moment {n} van {total}", "en": "Moment {n} of {total}"},
    "group.answered": {"nl": "{n} van {total} kwamen hier", "en": "{n} of {total} got here"},
    "group.nobody": {"nl": "Niemand kwam hier.", "en": "Nobody got here."},
    "group.said": {"nl": "{name} zei", "en": "{name} said"},
    "group.thought": {"nl": "dacht", "en": "thought"},
    "group.seen": {"nl": "{n}×", "en": "{n}×"},
    "group.option": {"nl": "Optie", "en": "Option"},
    "group.count": {"nl": "Aantal", "en": "Count"},
    "group.client-thought": {"nl": "Wat de cliënt dacht", "en": "What the client thought"},
    "group.counts-label": {"nl": "Aantallen per optie: {counts}", "en": "Counts per option: {counts}"},
    "group.scores": {
        "nl": "Scores per krachtlijn (gemiddelde van {n} afgeronde sessies)",
        "en": "Scores per line of strength (mean of {n} finished sessions)",
    },
    "group.no-scores": {
        "nl": "Nog geen afgeronde sessie: scores volgen wanneer iemand het scenario afrondt.",
        "en": "No finished session yet: scores follow when someone finishes the scenario.",
    },
    "group.range": {"nl": "van {low}% tot {high}%", "en": "from {low}% to {high}%"},
    "group.no-data": {"nl": "–", "en": "–"},
    "group.scores-note": {
        "nl": "Het percentage zet de punten af tegen het beste pad door het scenario; onder nul is meer "
              "verloren dan gewonnen. n.v.t.: dit scenario toetst die krachtlijn niet.",
        "en": "The percentage sets the points against the best path through the scenario; below zero more "
              "was lost than won. n/a: this scenario does not test that line of strength.",
    },
    "group.keys": {
        "nl": "→ volgende  ← vorige  o overzicht  k krachtlijnen  Ctrl+R exporteren  Esc sluiten",
        "en": "→ next  ← previous  o overview  k lines of strength  Ctrl+R export  Esc close",
    },
    "group.exported": {"nl": "Groepsoverzicht bewaard: {path}", "en": "Group view saved: {path}"},
    "key.next-moment": {"nl": "Volgende", "en": "Next"},
    "key.previous-moment": {"nl": "Vorige", "en": "Previous"},
    "key.overview": {"nl": "Overzicht", "en": "Overview"},
    "key.krachtlijnen": {"nl": "Krachtlijnen", "en": "Lines of strength"},
    "group.export-key": {"nl": "Exporteren", "en": "Export"},
    "key.group": {"nl": "Groepsoverzicht", "en": "Group view"},
    # bindkracht training
    "cli.training.help": {
        "nl": "het groepsoverzicht van een training als HTML of Markdown (alleen aantallen)",
        "en": "a training's group view as HTML or Markdown (counts only)",
    },
    "cli.training.code": {"nl": "de trainingscode", "en": "the training code"},
    "cli.training.flow": {"nl": "het scenario (id)", "en": "the scenario (id)"},
    "cli.training.list": {
        "nl": "Trainingen in de opslag (bindkracht training CODE --flow SCENARIO):",
        "en": "Trainings in the store (bindkracht training CODE --flow SCENARIO):",
    },
    "cli.training.pick-flow": {
        "nl": "Kies een scenario met --flow; in training {code}: {flows}",
        "en": "Choose a scenario with --flow; in training {code}: {flows}",
    },
    "cli.training.empty": {
        "nl": "Geen sessies van training '{code}' in scenario '{flow}'.",
        "en": "No sessions of training '{code}' in scenario '{flow}'.",
    },
    # the sheets
    "sheets.not-offered": {
        "nl": "Het coach- en het observatieblad zijn voor een training: "
              "ze verklappen hoe de cliënt reageert. "
              "Start het rollenspel met een trainingscode, of zet sheets = \"everyone\" in {path}.",
        "en": "The coach and observation sheets are for a training: they give away how the client reacts. "
              "Start the role-play with a training code, or set sheets = \"everyone\" in {path}.",
    },
    "sheets.left-out": {
        "nl": "Alleen de personakaart: het coach- en het observatieblad zijn voor een training "
              "(--training CODE, of sheets = \"everyone\" in {path}).",
        "en": "Only the persona card: the coach and observation sheets are for a training "
              "(--training CODE, or sheets = \"everyone\" in {path}).",
    },
}
