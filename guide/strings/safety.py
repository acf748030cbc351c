"""Texts about keeping answers whole and in their place: stale presses, a session open
elsewhere, unsafe characters, files that are not what they seem."""

STRINGS = {
    "session.stale": {
        "nl": "Dat antwoord was voor een vorige vraag en is niet bewaard.",
        "en": "That answer was meant for an earlier question and was not saved.",
    },
    "store.taken-over": {
        "nl": "deze sessie is intussen elders geopend en overgenomen. Wat je hier al bewaarde, blijft"
              " bewaard; open de sessie opnieuw om verder te gaan.",
        "en": "this session has since been opened and taken over elsewhere. What you saved here before"
              " stays saved; open the session again to go on.",
    },
    "session.open-elsewhere": {
        "nl": "Deze sessie is al open in een ander venster of proces ({pid} op {host}). Ze is hier alleen te"
              " lezen, zodat niets overschreven wordt. Sluit ze daar, of neem ze hier over.",
        "en": "This session is already open in another window or process ({pid} on {host}). It is read-only"
              " here, so nothing gets overwritten. Close it there, or take it over here.",
    },
    "play.take-over-hint": {
        "nl": "Overnemen kan met: bindkracht play {flow} --take-over (het andere venster kan dan niets meer"
              " bewaren).",
        "en": "To take it over: bindkracht play {flow} --take-over (the other window can then save nothing"
              " more).",
    },
    "cli.play.take-over": {
        "nl": "een sessie overnemen die elders open is (daar wordt dan niets meer bewaard)",
        "en": "take over a session that is open elsewhere (nothing more is saved there)",
    },
    "cmd.take-over": {
        "nl": "Sessie hier overnemen",
        "en": "Take the session over here",
    },
    "cmd.take-over.help": {
        "nl": "Elders open: neem ze hier over; het andere venster kan dan niets meer bewaren",
        "en": "Open elsewhere: take it over here; the other window can then save nothing more",
    },
    "files.not-regular": {
        "nl": "{path} is geen gewoon bestand (een apparaat, een map of een snelkoppeling): "
              "daar schrijf ik niet overheen. Kies een nieuw bestand of een gewoon bestand.",
        "en": "{path} is not a regular file (a device, a folder or a symbolic link): I do not write over it."
              " Choose a new file or a regular one.",
    },
    "new.id-taken": {
        "nl": "Er is al een flow met id '{name}' ({path}). Kies een andere naam: twee flows met hetzelfde id"
              " kunnen niet naast elkaar bestaan.",
        "en": "There is already a flow with id '{name}' ({path}). Choose another name: two flows cannot share"
              " an id.",
    },
    "check.control-char": {
        "nl": "{what} bevat een stuurteken ({char}); zo'n teken kan een terminal aansturen. Haal het weg.",
        "en": "{what} holds a control character ({char}); such a character can drive a terminal. Remove it.",
    },
    "check.card-outside": {
        "nl": "deze kaart is een snelkoppeling naar een bestand buiten haar map ({target}); ze wordt niet"
              " getoond. Zet de kaart zelf in de map.",
        "en": "this card is a link to a file outside its folder ({target}); it is not shown. Put the card"
              " itself in the folder.",
    },
    "check.card-remote": {
        "nl": "deze kaart haalt iets van het internet ({url}); een kaart blijft op deze computer. Zet de"
              " afbeelding naast de kaart of laat ze weg.",
        "en": "this card loads something from the internet ({url}); a card stays on this computer. Put the"
              " image beside the card or leave it out.",
    },
}
