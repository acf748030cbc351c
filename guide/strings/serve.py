"""The classroom server: its console, its pages and its options."""

STRINGS = {
    "serve.page.title": {
        "nl": "Bind-Kracht gids",
        "en": "Bind-Kracht guide",
    },
    "serve.page.start": {
        "nl": "Starten",
        "en": "Start",
    },
    "serve.page.ended": {
        "nl": "De sessie is gesloten.",
        "en": "The session has ended.",
    },
    "serve.page.restart": {
        "nl": "Opnieuw starten",
        "en": "Start again",
    },
    "serve.full.title": {
        "nl": "Het lokaal is vol",
        "en": "The room is full",
    },
    "serve.full.body": {
        "nl": "Er zijn al {n} tabbladen open, het maximum voor deze les. Sluit een ander tabblad "
              "of vraag de begeleider om meer plaatsen (--max-tabs), en probeer dan opnieuw.",
        "en": "{n} tabs are already open, the most this session allows. Close another tab "
              "or ask the trainer for more places (--max-tabs), then try again.",
    },
    "serve.full.retry": {
        "nl": "Opnieuw proberen",
        "en": "Try again",
    },
    "serve.join.title": {
        "nl": "Deelnemen",
        "en": "Join",
    },
    "serve.join.body": {
        "nl": "Typ de code die de begeleider op het scherm toont.",
        "en": "Type the code the trainer shows on screen.",
    },
    "serve.join.label": {
        "nl": "Code",
        "en": "Code",
    },
    "serve.join.submit": {
        "nl": "Deelnemen",
        "en": "Join",
    },
    "serve.join.wrong": {
        "nl": "Die code klopt niet. Kijk nog eens op het scherm van de begeleider.",
        "en": "That code is not right. Look again at the trainer's screen.",
    },
    "serve.join.too-many": {
        "nl": "Te veel foute pogingen. Wacht een minuut en probeer opnieuw.",
        "en": "Too many wrong tries. Wait a minute and try again.",
    },
    "serve.refused": {
        "nl": "Geweigerd: deze pagina mag de gids niet openen.",
        "en": "Refused: this page may not open the guide.",
    },
    "serve.code": {
        "nl": "Deelnamecode: {code}   (deelnemers typen die op de pagina)",
        "en": "Join code: {code}   (participants type it on the page)",
    },
    "serve.no-code": {
        "nl": "Zonder deelnamecode (--no-code): iedereen op dit netwerk kan verbinden.",
        "en": "No join code (--no-code): anyone on this network can connect.",
    },
    "serve.max-tabs": {
        "nl": "Hoogstens {n} tabbladen tegelijk (--max-tabs), {per} per computer (--per-address).",
        "en": "At most {n} tabs at once (--max-tabs), {per} per computer (--per-address).",
    },
    "serve.preparing": {
        "nl": "De gids wordt voorbereid…",
        "en": "Preparing the guide…",
    },
    "cli.serve.port": {
        "nl": "poort om op te luisteren (standaard 8000)",
        "en": "port to listen on (default 8000)",
    },
    "cli.serve.max-tabs": {
        "nl": "hoeveel tabbladen (app-processen) er tegelijk open mogen zijn (standaard 30)",
        "en": "how many tabs (app processes) may be open at once (default 30)",
    },
    "cli.serve.ahead": {
        "nl": "hoeveel apps er vooraf klaarstaan, zodat een tabblad meteen opent (standaard 3; 0 = geen)",
        "en": "how many apps are started ahead, so that a tab opens at once (default 3; 0 = none)",
    },
    "cli.bad-tabs": {
        "nl": "'{value}' is geen geldig aantal tabbladen (een heel getal van {low} tot {high})",
        "en": "'{value}' is not a valid number of tabs (a whole number from {low} to {high})",
    },
    "cli.bad-ahead": {
        "nl": "'{value}' is geen geldig aantal apps (een heel getal van {low} tot {high})",
        "en": "'{value}' is not a valid number of apps (a whole number from {low} to {high})",
    },
    "cli.serve.no-code": {
        "nl": "geen deelnamecode vragen, ook niet buiten deze computer",
        "en": "ask no join code, not even beyond this computer",
    },
}
