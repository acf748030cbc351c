"""Own words read: the reading beside the words, "that's not what I meant", the mirror, the intake-plan
cues and the group's counts of moves (guide/artefacts/ownwords.py, guide/moves/mirror.py)."""

STRINGS: dict[str, dict[str, str]] = {
    "words.read-as": {"nl": "Zo lazen we het", "en": "How it was read"},
    "words.meant": {"nl": "jij bedoelde: {move}", "en": "you meant: {move}"},
    "words.not-meant": {"nl": "Zo bedoelde ik het niet", "en": "That's not what I meant"},
    "words.nothing-read": {"nl": "Bij moment {n} typte je niets: daar is geen lezing om te verbeteren.",
                           "en": "You typed nothing at moment {n}: there is no reading to correct."},
    "words.pick": {"nl": "Wat bedoelde je met: “{words}”?", "en": "What did you mean by: “{words}”?"},
    "words.pick-note": {"nl": "Je keuze staat naast de lezing. Je score verandert niet.",
                        "en": "Your choice is shown beside the reading. Your score does not change."},
    "words.undo": {"nl": "De lezing klopt toch", "en": "The reading was right after all"},
    "words.saved": {"nl": "Bewaard: {move}", "en": "Saved: {move}"},
    "words.ask-correct": {
        "nl": "Klopt een lezing niet? Typ het nummer van het moment (Enter: verder).",
        "en": "Is a reading wrong? Type the number of the moment (Enter: go on).",
    },
    "words.ask-move": {"nl": "Wat bedoelde je? Typ een nummer.", "en": "What did you mean? Type a number."},
    # the mirror
    "mirror.title": {"nl": "Spiegel van je eigen woorden", "en": "A mirror of your own words"},
    "mirror.note": {
        "nl": "Dit is een spiegel, geen cijfer: zo werden je eigen beurten gelezen ({n}). "
              "Een lezing kan ernaast "
              "zitten, en een paar beurten zeggen weinig. De ijkpunten komen uit de MITI, een "
              "instrument om gesprekken te beoordelen (reflecties: versie 4.2.1; open vragen: 3.1.1).",
        "en": "This is a mirror, not a grade: this is how your own turns were read ({n}). "
              "A reading can be wrong, "
              "and a few turns say little. The reference points come from the MITI, an instrument "
              "for rating conversations (reflections: version 4.2.1; open questions: 3.1.1).",
    },
    "mirror.not-turns": {"nl": "{n} keer lazen we geen gespreksbeurt.", "en": "{n} times we read no turn."},
    "mirror.not-turn-one": {"nl": "Eén keer lazen we geen gespreksbeurt.", "en": "Once we read no turn."},
    "mirror.nothing": {
        "nl": "Geen van je {n} eigen beurten las als een gespreksbeurt: er valt nog niets te spiegelen.",
        "en": "None of your {n} own turns read as a conversational move: there is nothing to mirror yet.",
    },
    "mirror.what": {"nl": "Wat", "en": "What"},
    "mirror.you": {"nl": "Jij", "en": "You"},
    "mirror.ref": {"nl": "IJkpunt", "en": "Reference point"},
    "mirror.open": {"nl": "Open vragen onder je vragen", "en": "Open questions among your questions"},
    "mirror.open-ref": {"nl": "50% redelijk, 70% goed", "en": "50% fair, 70% good"},
    "mirror.reflections": {"nl": "Reflecties per vraag", "en": "Reflections per question"},
    "mirror.reflections-ref": {"nl": "1 redelijk, 2 goed", "en": "1 fair, 2 good"},
    "mirror.advice": {"nl": "Advies zonder toestemming", "en": "Advice without permission"},
    "mirror.confront": {"nl": "Confrontaties", "en": "Confrontations"},
    "mirror.reassure": {"nl": "Voorbarige geruststelling", "en": "Premature reassurance"},
    "mirror.warned-ref": {"nl": "zo weinig mogelijk", "en": "as few as possible"},
    "mirror.level.good": {"nl": "jij: goed", "en": "you: good"},
    "mirror.level.fair": {"nl": "jij: redelijk", "en": "you: fair"},
    "mirror.level.below": {"nl": "jij: nog eronder", "en": "you: below it for now"},
}
STRINGS |= {
    # the intake plan: a kind cue on a planned question worth a second look
    "plan.cue.stacked": {
        "nl": "twee vragen in één ('{cue}'): de ander kan er maar één beantwoorden. "
              "Stel ze apart, met ruimte ertussen.",
        "en": "two questions in one ('{cue}'): the other can answer only one. Ask them one at a time, with "
              "room between.",
    },
    "plan.cue.blame": {
        "nl": "een 'waarom' over wat iemand deed ('{cue}') klinkt al snel als een verwijt. "
              "Probeer 'Wat maakte dat…?'",
        "en": "a 'why' about what someone did ('{cue}') easily sounds like blame. Try 'What made it…?'",
    },
    "plan.cue.closed": {
        "nl": "een gesloten vraag ('{cue}'): ze laat enkel ja, nee of één feit over. "
              "Met 'hoe' of 'wat' kiest de ander waar het verhaal begint.",
        "en": "a closed question ('{cue}'): it leaves only yes, no or one fact. "
              "With 'how' or 'what' the other chooses where the story begins.",
    },
}
STRINGS |= {
    # the trainer's group view: per moment how many own turns of each kind, never the text
    "group.moves": {"nl": "Eerst zelf getypt ({n} beurten): {counts}",
                    "en": "Typed first ({n} turns): {counts}"},
    "group.move.open_question": {"nl": "open vraag", "en": "open question"},
    "group.move.closed_question": {"nl": "gesloten vraag", "en": "closed question"},
    "group.move.reflection": {"nl": "reflectie", "en": "reflection"},
    "group.move.summary": {"nl": "samenvatting", "en": "summary"},
    "group.move.affirmation": {"nl": "bevestiging", "en": "affirmation"},
    "group.move.autonomy_permission": {"nl": "toestemming of keuze", "en": "permission or choice"},
    "group.move.information": {"nl": "informatie", "en": "information"},
    "group.move.advice": {"nl": "ongevraagd advies", "en": "unasked advice"},
    "group.move.confront": {"nl": "confrontatie", "en": "confrontation"},
    "group.move.reassure": {"nl": "voorbarige geruststelling", "en": "premature reassurance"},
    "group.move.not_a_turn": {"nl": "geen beurt", "en": "not a turn"},
}
