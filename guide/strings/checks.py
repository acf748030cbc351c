"""Check messages: reading YAML, the schema, conditions, static checks, test plans."""

STRINGS: dict[str, dict[str, str]] = {
    "check.encoding": {
        "nl": "het bestand is geen geldige UTF-8-tekst (bewaar het als UTF-8)",
        "en": "the file is not valid UTF-8 text (save it as UTF-8)",
    },
    "check.too-large": {
        "nl": "het bestand is groter dan {limit} MB",
        "en": "the file is larger than {limit} MB",
    },
    "check.too-long": {
        "nl": "deze tekst is langer dan {limit} tekens",
        "en": "this text is longer than {limit} characters",
    },
    "check.too-deep": {
        "nl": "te diep genest (meer dan {limit} niveaus)",
        "en": "nested too deeply (more than {limit} levels)",
    },
    "check.alias-limit": {
        "nl": "YAML-aliassen breiden uit tot meer dan {limit} elementen",
        "en": "YAML aliases expand to more than {limit} nodes",
    },
    "check.yaml-syntax": {
        "nl": "ongeldige YAML: {detail}",
        "en": "invalid YAML: {detail}",
    },
    "check.yaml-tag": {
        "nl": "YAML-tag {tag} is niet toegelaten; schrijf gewone tekst",
        "en": "YAML tag {tag} is not allowed; write plain text",
    },
    "check.many-documents": {
        "nl": "één flow per bestand: verwijder de tweede '---'",
        "en": "one flow per file: remove the second '---'",
    },
    "check.duplicate-key": {
        "nl": "sleutel '{key}' staat er al (regel {first})",
        "en": "key '{key}' is already given (line {first})",
    },
    "check.complex-key": {
        "nl": "een sleutel moet gewone tekst zijn",
        "en": "a key must be plain text",
    },
    "check.empty-file": {
        "nl": "het bestand is leeg",
        "en": "the file is empty",
    },
    "check.unreadable": {
        "nl": "kan het bestand niet lezen: {reason}",
        "en": "cannot read the file: {reason}",
    },
    "check.type": {
        "nl": "'{what}' moet een {expected} zijn",
        "en": "'{what}' must be a {expected}",
    },
    "check.unknown-key": {
        "nl": "onbekende sleutel '{key}' in {what}",
        "en": "unknown key '{key}' in {what}",
    },
    "check.missing-key": {
        "nl": "{what} mist de sleutel '{key}'",
        "en": "{what} lacks the key '{key}'",
    },
    "check.bad-id": {
        "nl": "'{value}' is geen geldige {what}: gebruik kleine letters, cijfers, - en _",
        "en": "'{value}' is not a valid {what}: use lower-case letters, digits, - and _",
    },
    "check.bad-int": {
        "nl": "'{value}' is geen geheel getal ({what})",
        "en": "'{value}' is not a whole number ({what})",
    },
    "check.bad-bool": {
        "nl": "'{value}' moet true of false zijn ({what})",
        "en": "'{value}' must be true or false ({what})",
    },
    "check.bad-value": {
        "nl": "'{value}' kan niet voor {what}; kies uit: {allowed}",
        "en": "'{value}' is not allowed for {what}; choose from: {allowed}",
    },
    "check.bad-range": {
        "nl": "max ({max}) moet groter zijn dan min ({min})",
        "en": "max ({max}) must be greater than min ({min})",
    },
    "check.text-form": {
        "nl": "'{what}' is zichtbare tekst: schrijf {{nl: ..., en: ...}}",
        "en": "'{what}' is visible text: write {{nl: ..., en: ...}}",
    },
    "check.unknown-lang": {
        "nl": "onbekende taal '{lang}'; gebruik {allowed} (een komma in tekst tussen {{ }}? "
              "zet die tekst tussen aanhalingstekens)",
        "en": "unknown language '{lang}'; use {allowed} (a comma in text inside {{ }}? "
              "put that text in quotes)",
    },
    "check.empty": {
        "nl": "'{what}' mag niet leeg zijn",
        "en": "'{what}' must not be empty",
    },
    "check.few-options": {
        "nl": "een stap van soort {kind} heeft te weinig opties",
        "en": "a {kind} step has too few options",
    },
    "check.duplicate-option": {
        "nl": "optie '{value}' bestaat al (regel {first})",
        "en": "option '{value}' already exists (line {first})",
    },
    "check.duplicate-phase": {
        "nl": "fase '{id}' komt al voor (regel {first})",
        "en": "phase '{id}' already appears (line {first})",
    },
    "check.values-on-type": {
        "nl": "'values' past enkel bij choice of set, niet bij {type}",
        "en": "'values' only fits choice or set, not {type}",
    },
    "check.else-mixed": {
        "nl": "een else-tak heeft geen 'if' of 'goto'",
        "en": "an else branch takes no 'if' or 'goto'",
    },
    "check.no-else": {
        "nl": "deze lijst met takken eindigt niet op een else",
        "en": "this branch list does not end in an else",
    },
    "check.else-not-last": {
        "nl": "de else-tak moet de laatste zijn",
        "en": "the else branch must come last",
    },
    "check.expr-syntax": {
        "nl": "voorwaarde '{expr}' klopt niet: {detail}",
        "en": "condition '{expr}' is not valid: {detail}",
    },
    "check.expr-unsupported": {
        "nl": "voorwaarde '{expr}' gebruikt iets wat niet mag ({what})",
        "en": "condition '{expr}' uses something that is not allowed ({what})",
    },
    "check.expr-function": {
        "nl": "onbekende functie '{name}'; toegelaten: {allowed}",
        "en": "unknown function '{name}'; allowed: {allowed}",
    },
    "check.expr-args": {
        "nl": "{name}() neemt precies één variabele",
        "en": "{name}() takes exactly one variable",
    },
    "check.duplicate-id": {
        "nl": "stap-id '{id}' bestaat al (regel {first})",
        "en": "step id '{id}' already exists (line {first})",
    },
    "check.duplicate-flow": {
        "nl": "flow-id '{id}' bestaat al in {first}",
        "en": "flow id '{id}' already exists in {first}",
    },
    "check.unknown-target": {
        "nl": "'{target}' is geen stap in deze flow",
        "en": "'{target}' is not a step in this flow",
    },
    "check.unknown-flow": {
        "nl": "er is geen flow met id '{flow}'",
        "en": "there is no flow with id '{flow}'",
    },
    "check.unknown-card": {
        "nl": "er is geen kaart '{card}' in content/",
        "en": "there is no card '{card}' in content/",
    },
    "check.card-translation": {
        "nl": "kaart '{card}' ontbreekt in taal '{lang}'",
        "en": "card '{card}' is missing in language '{lang}'",
    },
    "check.unknown-focus": {
        "nl": "'{focus}' is geen krachtlijn, spanningsveld of rol",
        "en": "'{focus}' is not a krachtlijn, tension or role",
    },
    "check.unknown-tag": {
        "nl": "score-tag '{tag}' is niet gekend; declareer hem onder 'tags'",
        "en": "score tag '{tag}' is not known; declare it under 'tags'",
    },
    "check.next-on-end": {
        "nl": "een end-stap heeft geen 'next'",
        "en": "an end step takes no 'next'",
    },
    "check.unreachable": {
        "nl": "stap '{id}' is nooit te bereiken",
        "en": "step '{id}' can never be reached",
    },
    "check.no-end": {
        "nl": "vanaf stap '{id}' is het einde niet te bereiken",
        "en": "from step '{id}' the end cannot be reached",
    },
    "check.undefined-var": {
        "nl": "variabele '{name}' is niet gedeclareerd onder 'variables'",
        "en": "variable '{name}' is not declared under 'variables'",
    },
    "check.var-type": {
        "nl": "variabele '{name}' is van type {type}, maar een {kind}-stap bewaart {expected}",
        "en": "variable '{name}' has type {type}, but a {kind} step stores {expected}",
    },
    "check.option-not-in-values": {
        "nl": "optie '{value}' staat niet in de values van '{name}'",
        "en": "option '{value}' is not among the values of '{name}'",
    },
    "check.impossible-value": {
        "nl": "'{name}' kan nooit '{value}' zijn; mogelijk: {allowed}",
        "en": "'{name}' can never be '{value}'; possible: {allowed}",
    },
    "check.missing-translation": {
        "nl": "tekst ontbreekt in taal '{lang}'",
        "en": "text is missing in language '{lang}'",
    },
    "check.partial-languages": {
        "nl": "de flow is niet beschikbaar in taal '{lang}'",
        "en": "the flow is not available in language '{lang}'",
    },
    "check.call-cycle": {
        "nl": "flows roepen elkaar in een kring aan: {cycle}",
        "en": "flows call each other in a cycle: {cycle}",
    },
    "check.uncovered": {
        "nl": "stap '{id}' wordt door geen enkel testplan bezocht",
        "en": "step '{id}' is not visited by any test plan",
    },
    "check.plan-flow": {
        "nl": "testplan voor onbekende of foute flow '{flow}'",
        "en": "test plan for an unknown or broken flow '{flow}'",
    },
    "check.not-a-file": {
        "nl": "dit is geen gewoon bestand (een apparaat, een pipe of een map) en wordt niet gelezen",
        "en": "this is not a regular file (a device, a pipe or a folder) and is not read",
    },
    "check.too-many-nodes": {
        "nl": "het bestand heeft meer dan {limit} elementen; splits het op in kleinere flows die elkaar "
              "oproepen (call)",
        "en": "the file has more than {limit} nodes; split it into smaller flows that call each other",
    },
}
