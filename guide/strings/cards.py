"""Texts of the checks on cards (sources of the rights cards)."""

STRINGS = {
    "check.card-sources": {
        "nl": "kaart '{card}' noemt feiten maar heeft geen bronnen: voeg '{heading}' toe met per bron een "
              "link en de datum van controle",
        "en": "card '{card}' states facts but has no sources: add '{heading}' with a link and the date it "
              "was checked for each source",
    },
    "check.card-source-line": {
        "nl": "bron in '{card}' mist een link (https://...) of een controledatum (JJJJ-MM-DD)",
        "en": "source in '{card}' lacks a link (https://...) or a check date (YYYY-MM-DD)",
    },
    "check.card-source-stale": {
        "nl": "bron in '{card}' is laatst gecontroleerd op {date}, meer dan een jaar geleden: "
              "check hem opnieuw",
        "en": "source in '{card}' was last checked on {date}, more than a year ago: check it again",
    },
    "check.term-variant": {
        "nl": "'{found}' is een andere naam voor iets met een vaste term: schrijf '{term}' (zie de vaste "
              "termen in docs/writing-flows.md)",
        "en": "'{found}' is another name for something with a settled term: write '{term}' (see the settled "
              "terms in docs/writing-flows.md)",
    },
}
