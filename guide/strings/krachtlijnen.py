"""Issue 29: the krachtlijnen's word and score texts (their names come from the cards), a note on a
reflection cue, selecting all text in a field."""

STRINGS: dict[str, dict[str, str]] = {
    "krachtlijn.word": {"nl": "Krachtlijn", "en": "Line of strength"},
    "krachtlijn.folded": {
        "nl": "n.v.t. (niet getoetst in dit scenario): krachtlijn {numbers}",
        "en": "n/a (not tested in this scenario): lines of strength {numbers}",
    },
}
STRINGS.update({  # room to think: a note on a reflection cue, selecting all text in a field
    "conv.cue-note": {"nl": "Een korte notitie bij deze vraag (mag leeg)",
                      "en": "A short note on this question (may stay empty)"},
    "conv.cue-note-hint": {
        "nl": "Typ een notitie of laat leeg; Enter of Verder gaat door. Je notitie komt in je rapport.",
        "en": "Type a note or leave it empty; Enter or Continue goes on. Your note goes in your report.",
    },
    "conv.cue-noted": {"nl": "Jouw notitie", "en": "Your note"},
    "conv.select-all": {"nl": "F7 selecteert alle tekst.", "en": "F7 selects all the text."},
    "help.fields": {
        "nl": "In een tekstveld: F7 of Ctrl+A selecteert alle tekst, Home gaat naar het begin van de regel.",
        "en": "In a text field: F7 or Ctrl+A selects all the text, Home goes to the start of the line.",
    },
})
