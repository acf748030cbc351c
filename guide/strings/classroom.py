"""The classroom: who sees what in `serve`, the trainer key, hand-ins and deleting a group's work."""

STRINGS = {
    # -- the command line ------------------------------------------------------------
    "cli.sessions.hand-in": {
        "nl": "schrijf een inlevering: scenario, keuzes en scores, zonder getypte tekst, label of uur",
        "en": "write a hand-in: scenario, choices and scores, without typed text, label or time",
    },
    "cli.sessions.participant": {
        "nl": "wis alle sessies van één deelnemer (de id die `serve` toont)",
        "en": "delete every session of one participant (the id `serve` shows)",
    },
    "cli.sessions.training": {
        "nl": "wis alle sessies en inleveringen van één training (trainingscode)",
        "en": "delete every session and hand-in of one training (training code)",
    },
    "cli.sessions.delete-which": {
        "nl": "Geef sessienummers, of --participant ID, of --training CODE (één van de drie).",
        "en": "Give session numbers, or --participant ID, or --training CODE (one of the three).",
    },
    "cli.sessions.none-found": {
        "nl": "Geen sessies gevonden.",
        "en": "No sessions found.",
    },
    "cli.training.files": {
        "nl": "na `import`: de inleveringen (bestanden) om toe te voegen",
        "en": "after `import`: the hand-in files to add",
    },
    "cli.training.into": {
        "nl": "na `import`: de training waarin de inleveringen tellen (anders die in het bestand)",
        "en": "after `import`: the training the hand-ins count in (else the one in the file)",
    },
    "cli.training.extra": {
        "nl": "Onverwacht: {what}. Bedoel je `bindkracht training import BESTAND...`?",
        "en": "Unexpected: {what}. Did you mean `bindkracht training import FILE...`?",
    },
    "cli.training.import-none": {
        "nl": "Geef één of meer inleveringen: bindkracht training import BESTAND...",
        "en": "Give one or more hand-ins: bindkracht training import FILE...",
    },
    # -- hand-ins ----------------------------------------------------------------------
    "handin.imported": {
        "nl": "toegevoegd aan training {code} ({flow})",
        "en": "added to training {code} ({flow})",
    },
    "handin.doubled": {
        "nl": "al ingelezen: deze inlevering telt één keer, ze is niet opnieuw toegevoegd",
        "en": "already imported: this hand-in counts once, it was not added again",
    },
    "handin.foreign": {
        "nl": "geen inlevering van de Bind-Kracht gids (maak er een met `bindkracht sessions export "
              "ID --hand-in`)",
        "en": "not a Bind-Kracht guide hand-in (make one with `bindkracht sessions export ID --hand-in`)",
    },
    "handin.version": {
        "nl": "een inlevering van een andere versie ({version}) van de gids: werk de gids bij",
        "en": "a hand-in from another version ({version}) of the guide: update the guide",
    },
    "handin.unknown-flow": {
        "nl": "het scenario {flow} staat niet in deze bibliotheek",
        "en": "the scenario {flow} is not in this library",
    },
    "handin.damaged": {
        "nl": "beschadigd of aangepast: de keuzes of scores passen niet bij het scenario; niets ingelezen",
        "en": "damaged or edited: the choices or scores do not fit the scenario; nothing imported",
    },
    "handin.no-training": {
        "nl": "de inlevering hoort bij geen training: geef er een met --code CODE",
        "en": "the hand-in belongs to no training: give one with --code CODE",
    },
    "handin.unreadable-file": {
        "nl": "kan niet gelezen worden: {detail}",
        "en": "cannot be read: {detail}",
    },
    "handin.no-choices": {
        "nl": "Het scenario {flow} heeft geen keuzes: er valt niets in te leveren.",
        "en": "The scenario {flow} has no choices: there is nothing to hand in.",
    },
    "handin.unreadable": {
        "nl": "Sessie {id} kan niet meer gelezen worden (het scenario is veranderd).",
        "en": "Session {id} can no longer be read (the scenario has changed).",
    },
    # -- the server: the trainer and the room's limits ----------------------------------
    "serve.trainer-key": {
        "nl": "Trainerssleutel: {key}  (alleen voor jou: open {url} in je eigen browser en typ hem daar; "
              "alleen dat venster start, herneemt en beëindigt een live rollenspel en opent het groepsbeeld)",
        "en": "Trainer key: {key}  (for you only: open {url} in your own browser and type it there; "
              "only that window starts, undoes and ends a live role-play and opens the group view)",
    },
    "serve.trainer.title": {"nl": "Trainer", "en": "Trainer"},
    "serve.trainer.body": {
        "nl": "Typ de trainerssleutel die “bindkracht serve” op jouw scherm toont. "
              "Deelnemers hebben hem niet nodig.",
        "en": "Type the trainer key that “bindkracht serve” shows on your screen. "
              "Participants do not need it.",
    },
    "serve.trainer.label": {"nl": "Trainerssleutel", "en": "Trainer key"},
    "serve.trainer.submit": {"nl": "Open als trainer", "en": "Open as trainer"},
    "serve.trainer.wrong": {
        "nl": "Dat is niet de trainerssleutel. Kijk hem na op het scherm waar “bindkracht serve” draait.",
        "en": "That is not the trainer key. Check it on the screen where “bindkracht serve” runs.",
    },
    "serve.trainer.busy": {
        "nl": "Er is al een trainersvenster open. Dit venster werkt als deelnemer: live rollenspel starten, "
              "herstellen of beëindigen en het groepsbeeld kan alleen in dat andere venster. "
              "Sluit het om hier verder te gaan.",
        "en": "A trainer window is already open. This window works as a participant: starting, undoing or "
              "ending a live role-play and the group view stay in that other window. "
              "Close it to continue here.",
    },
    "serve.trainer.only": {
        "nl": "Alleen de trainer opent het groepsbeeld.",
        "en": "Only the trainer opens the group view.",
    },
    "serve.trainer.only-live": {
        "nl": "De trainer start het live rollenspel. Typ links de code die de trainer toont en kies je rol.",
        "en": "The trainer starts the live role-play. Type the code the trainer shows on the left and "
              "choose your role.",
    },
    "serve.full.address": {
        "nl": "Deze computer heeft al {n} tabbladen open, het maximum per computer. "
              "Sluit er een en probeer opnieuw.",
        "en": "This computer already has {n} tabs open, the most per computer. Close one and try again.",
    },
    "cli.serve.per-address": {
        "nl": "hoeveel tabbladen één computer (adres) open mag hebben (standaard 4 op het netwerk, "
              "--max-tabs op deze computer alleen)",
        "en": "how many tabs one computer (address) may have open (default 4 on the network, "
              "--max-tabs on this computer only)",
    },
    "cli.serve.idle-timeout": {
        "nl": "na hoeveel seconden een tabblad dat niets meer leest gesloten wordt (standaard 30)",
        "en": "after how many seconds a tab that reads nothing any more is closed (default 30)",
    },
    "cli.bad-idle": {
        "nl": "Het aantal seconden moet een getal van {low} tot {high} zijn, niet {value}.",
        "en": "The number of seconds must be a number from {low} to {high}, not {value}.",
    },
    "home.participant": {"nl": "deelnemer {id}", "en": "participant {id}"},
    "home.trainer": {"nl": "trainersvenster", "en": "trainer's window"},
}
