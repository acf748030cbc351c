"""Reading flow files: strict YAML rules, limits, and files that are not plain files."""

STRINGS: dict[str, dict[str, str]] = {
    "check.yaml-comment": {
        "nl": "zet een spatie voor '#': zonder spatie is het geen opmerking",
        "en": "put a space before '#': without one it is not a comment",
    },
    "check.yaml-indent": {
        "nl": "deze regel moet verder inspringen (met spaties) dan de sleutel of '-' waar hij bij hoort",
        "en": "this line must be indented further (with spaces) than the key or '-' it belongs to",
    },
    "check.yaml-block-indent": {
        "nl": "een lege regel aan het begin van deze tekst heeft meer spaties dan de eerste regel tekst",
        "en": "an empty line at the start of this text has more spaces than its first line of text",
    },
    "check.yaml-indicator": {
        "nl": "'{char}' alleen kan hier geen waarde zijn; zet het tussen aanhalingstekens: \"{char}\"",
        "en": "'{char}' alone cannot be a value here; put it in quotes: \"{char}\"",
    },
    "check.yaml-tag-kind": {
        "nl": "tag {tag} hoort niet bij een {kind}; laat de tag weg",
        "en": "tag {tag} does not belong on a {kind}; leave the tag out",
    },
}
