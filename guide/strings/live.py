"""Live role-play: trainer, worker, coach and observers in one play (guide/classroom/live.py,
guide/tui/live.py)."""

STRINGS = {
    # errors
    "live.error.role": {"nl": "Die rol bestaat niet in een live rollenspel.",
                        "en": "That role does not exist in a live role-play."},
    "live.error.code": {"nl": "Geen live rollenspel met code {typed}. Kijk de code op het scherm van "
                              "de trainer na.",
                        "en": "No live role-play with code {typed}. Check the code on the trainer's screen."},
    "live.error.gone": {"nl": "Dit live rollenspel bestaat niet meer.",
                        "en": "This live role-play no longer exists."},
    "live.error.krachtlijn": {"nl": "Kies een krachtlijn van 1 tot 10.",
                              "en": "Choose a line of strength from 1 to 10."},
    "live.error.no-scenario": {"nl": "Er is geen rollenspel om live te spelen.",
                               "en": "There is no role-play to play live."},
    # roles
    "live.role.trainer": {"nl": "Trainer", "en": "Trainer"},
    "live.join.trainer": {"nl": "Trainer (nog een scherm, bv. de projector)",
                          "en": "Trainer (another screen, e.g. the projector)"},
    "live.role.worker": {"nl": "Hulpverlener", "en": "Worker"},
    "live.role.coach": {"nl": "Coach (speelt de cliënt)", "en": "Coach (plays the client)"},
    "live.role.observer": {"nl": "Observator", "en": "Observer"},
    # the moment
    "live.moment": {"nl": "Moment {n}", "en": "Moment {n}"},
    "live.other": {"nl": "Iets anders", "en": "Something else"},
    "live.other.note": {"nl": "Iets anders: de cliënt reageert zoals het scenario dat voorziet; geen enkele "
                                "optie wordt gekozen.",
                        "en": "Something else: the client reacts as the scenario foresees; no option is "
                              "chosen."},
    "live.krachtlijn": {"nl": "Krachtlijn", "en": "Line of strength"},
    "live.coach.say": {"nl": "Zeg ongeveer", "en": "Say roughly"},
    "live.coach.think": {"nl": "Binnenkant (niet zeggen)", "en": "Inside (do not say)"},
    "live.coach.if": {"nl": "Als de werker: {option}", "en": "If the worker: {option}"},
    "live.coach.other": {"nl": "Als de werker iets anders doet (de trainer duidt 'Iets anders' aan)",
                         "en": "If the worker does something else (the trainer marks 'Something else')"},
    # entry
    "live.cmd": {"nl": "Live rollenspel", "en": "Live role-play"},
    "live.cmd.help": {"nl": "Start een live rollenspel als trainer, of doe mee met een code",
                      "en": "Start a live role-play as trainer, or join one with a code"},
    "live.title": {"nl": "Live rollenspel", "en": "Live role-play"},
    "live.start.pick": {"nl": "Als trainer: kies een scenario", "en": "As trainer: choose a scenario"},
    "live.join.title": {"nl": "Meedoen met een code", "en": "Join with a code"},
    "live.join.placeholder": {"nl": "Code van het scherm van de trainer",
                              "en": "Code from the trainer's screen"},
    "live.join.as": {"nl": "Doe mee als:", "en": "Join as:"},
    "live.joined-as": {"nl": "Je doet mee als {role} (code {code}).",
                       "en": "You joined as {role} (code {code})."},
    # trainer
    "live.code": {"nl": "CODE", "en": "CODE"},
    "live.code.hint": {"nl": "Hulpverlener, coach en observatoren: kies Live rollenspel (Ctrl+P) en "
                             "typ deze code.",
                       "en": "Worker, coach and observers: choose Live role-play (Ctrl+P) and "
                             "type this code."},
    "live.joined": {"nl": "Mee — hulpverlener: {worker} · coach: {coach} · observatoren: {observer}",
                    "en": "Joined — worker: {worker} · coach: {coach} · observers: {observer}"},
    "live.col.worker": {"nl": "Hulpverlener ziet", "en": "Worker sees"},
    "live.col.coach": {"nl": "Coach: reacties", "en": "Coach: reactions"},
    "live.col.observers": {"nl": "Observaties tot nu", "en": "Observations so far"},
    "live.closest": {"nl": "Wat kwam het dichtst bij wat de hulpverlener deed? (↑↓, Enter)",
                     "en": "What came closest to what the worker did? (↑↓, Enter)"},
    "live.closest.hidden": {"nl": "Wat kwam het dichtst bij? Na de beurt toont {key} de mogelijkheden.",
                            "en": "What came closest? After the turn, {key} shows the options."},
    "live.hidden": {"nl": "Verborgen voor de zaal: de binnenkant van de cliënt en hoe die reageert. "
                          "{key} toont ze.",
                    "en": "Hidden from the room: the client's inner side and how they react. "
                          "{key} shows them."},
    "live.closest.taken": {"nl": "Dit moment is al aangeduid; het volgende moment staat klaar.",
                           "en": "This moment was already marked; the next moment is ready."},
    "live.end-reached": {"nl": "Het scenario is ten einde. Sluit het spel af met {key}.",
                         "en": "The scenario has come to its end. End the play with {key}."},
    "live.end-wait": {"nl": "Het scenario is ten einde; de trainer sluit het spel af.",
                      "en": "The scenario has come to its end; the trainer ends the play."},
    "live.no-marks-yet": {"nl": "Nog geen observaties.", "en": "No observations yet."},
    "live.after": {"nl": "Het spel is voorbij. De coach schrijft nu de binnenkant per moment.",
                   "en": "The play is over. The coach now writes the binnenkant per moment."},
    "live.after.trainer": {
        "nl": "Het spel is voorbij. Nu schrijft de coach de binnenkant per moment; die verschijnt hier zodra "
              "ze bewaard is. Bespreek intussen met de groep wat de observatoren zagen.\n"
              "{export}: de nabespreking bewaren (HTML en Markdown) · {close}: sluiten",
        "en": "The play is over. Now the coach writes the binnenkant per moment; it appears here as soon as "
              "it is saved. Meanwhile, talk with the group about what the observers saw.\n"
              "{export}: save the debrief (HTML and Markdown) · {close}: close",
    },
    # keys
    "live.key.back": {"nl": "Moment terug", "en": "Moment back"},
    "live.key.finish": {"nl": "Spel afsluiten", "en": "End the play"},
    "live.key.reveal": {"nl": "Binnenkant", "en": "Inner side"},
    "live.key.debrief": {"nl": "Nabespreking", "en": "Debrief"},
    "live.key.export": {"nl": "Exporteren", "en": "Export"},
    "live.key.close": {"nl": "Sluiten", "en": "Close"},
    "live.key.save": {"nl": "Bewaren", "en": "Save"},
    # worker, coach, observer
    "live.worker.hint": {"nl": "Spreek vrij, in je eigen woorden. De coach speelt de cliënt; de trainer "
                               "houdt bij wat je deed.",
                         "en": "Speak freely, in your own words. The coach plays the client; the trainer "
                               "keeps track of what you did."},
    "live.coach.sheet": {"nl": "Coachblad", "en": "Coach sheet"},
    "live.observe.hint": {"nl": "Kies een krachtlijn (Enter) voor wat je zag; een korte notitie mag.",
                          "en": "Choose a line of strength (Enter) for what you saw; "
                                "a short note is welcome."},
    "live.observe.note": {"nl": "Korte notitie (mag leeg)", "en": "Short note (may be empty)"},
    "live.observe.saved": {"nl": "Bewaard: krachtlijn {n} bij moment {moment}",
                           "en": "Saved: line of strength {n} at moment {moment}"},
    "live.observe.mine": {"nl": "Jouw turven bij dit moment: {tally}",
                          "en": "Your tallies at this moment: {tally}"},
    "live.inside.title": {"nl": "Binnenkant per moment, in je eigen woorden",
                          "en": "The binnenkant per moment, in your own words"},
    "live.inside.hint": {"nl": "Kies een moment, schrijf wat de cliënt voelde en dacht, bewaar met {key}.",
                         "en": "Choose a moment, write what the client felt and thought, save with {key}."},
    "live.inside.saved": {"nl": "Binnenkant van moment {n} bewaard.",
                          "en": "Binnenkant of moment {n} saved."},
    "live.inside.removed": {"nl": "Binnenkant van moment {n} weggehaald (het veld was leeg).",
                            "en": "Binnenkant of moment {n} removed (the field was empty)."},
    "live.inside.empty": {"nl": "Niets bewaard: het veld voor moment {n} is leeg.",
                          "en": "Nothing saved: the field for moment {n} is empty."},
    # debrief
    "live.debrief.title": {"nl": "Nabespreking live rollenspel", "en": "Live role-play debrief"},
    "live.debrief.code": {"nl": "code {code}", "en": "code {code}"},
    "live.debrief.empty": {"nl": "Er is nog niets gespeeld.", "en": "Nothing has been played yet."},
    "live.not-marked": {"nl": "(niet aangeduid)", "en": "(not marked)"},
    "live.debrief.closest": {"nl": "Dichtst bij", "en": "Closest"},
    "live.debrief.marks": {"nl": "Wat de observatoren zagen", "en": "What the observers saw"},
    "live.debrief.count": {"nl": "{n}× geturfd", "en": "marked {n}×"},
    "live.debrief.no-marks": {"nl": "Geen observaties bij dit moment.",
                              "en": "No observations at this moment."},
    "live.debrief.inside": {"nl": "Binnenkant (coach)", "en": "Binnenkant (coach)"},
    "live.debrief.no-inside": {"nl": "De coach schreef hier (nog) niets.",
                               "en": "The coach wrote nothing here (yet)."},
    # command line
    "cli.live.help": {"nl": "een live rollenspel vanuit een script: starten, nabespreking bewaren",
                      "en": "a live role-play from a script: start one, save its debrief"},
    "cli.live.start": {"nl": "start een live rollenspel en toon de code",
                       "en": "start a live role-play and show its code"},
    "cli.live.debrief": {"nl": "bewaar de nabespreking als HTML en Markdown",
                         "en": "save the debrief as HTML and Markdown"},
    "cli.live.code": {"nl": "Code: {code}", "en": "Code: {code}"},
    "cli.live.not-live": {"nl": "'{flow}' is geen rollenspel dat live gespeeld kan worden (jobs: [rehearse])",
                          "en": "'{flow}' is not a role-play that can be played live (jobs: [rehearse])"},
    "live.exported": {"nl": "Nabespreking bewaard: {path}", "en": "Debrief saved: {path}"},
}
