"""The exported pages' own texts (the content comes from the reports)."""

STRINGS: dict[str, dict[str, str]] = {
    "page.wide-table": {
        "nl": "Tabel: schuif opzij om alles te zien",
        "en": "Table: scroll sideways to see all of it",
    },
}
