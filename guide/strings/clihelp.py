"""The command line's --help: examples, exit codes, the arguments' own help."""

STRINGS = {
    "cli.exit-codes": {
        "nl": "Afsluitcodes:\n  0    gelukt\n"
              "  1    het werk lukte niet (problemen gevonden, een test mislukt, de opslag of een bestand"
              " onbereikbaar)\n"
              "  2    het commando klopt niet (onbekende optie, flow, sessie, code of map)\n"
              "  130  onderbroken met Ctrl+C",
        "en": "Exit codes:\n  0    done\n"
              "  1    the work failed (problems found, a test failed, the store or a file out of reach)\n"
              "  2    the command is wrong (unknown option, flow, session, code or folder)\n"
              "  130  interrupted with Ctrl+C",
    },
    "cli.examples": {
        "nl": "Voorbeelden:\n  bindkracht                                   de app\n"
              "  bindkracht --lang en play intake             een flow in de terminal, in het Engels\n"
              "  bindkracht play rp-energie --typed           een rollenspel in je eigen woorden\n"
              "  bindkracht --training BK-gent-2026-12-02 serve   de app in de browser voor een groep\n"
              "  bindkracht check ~/flows                     flows nakijken\n"
              "  bindkracht COMMANDO --help                   de hulp bij één commando\n"
              "De globale opties (--lang, --flows, --data-dir, --training) mogen voor of na het commando"
              " staan.",
        "en": "Examples:\n  bindkracht                                   the app\n"
              "  bindkracht --lang en play intake             a flow in the terminal, in English\n"
              "  bindkracht play rp-energie --typed           a role-play in your own words\n"
              "  bindkracht --training BK-gent-2026-12-02 serve   the app in the browser for a group\n"
              "  bindkracht check ~/flows                     check flows\n"
              "  bindkracht COMMAND --help                    the help of one command\n"
              "The global options (--lang, --flows, --data-dir, --training) may stand before or after"
              " the command.",
    },
    "cli.examples-head": {"nl": "Voorbeelden:", "en": "Examples:"},
    "cli.check.examples": {
        "nl": "bindkracht check\nbindkracht check mijn-flow.yaml --strict\n"
              "bindkracht check --format json ~/flows",
        "en": "bindkracht check\nbindkracht check my-flow.yaml --strict\n"
              "bindkracht check --format json ~/flows",
    },
    "cli.check.format": {
        "nl": "text: één probleem per regel (bestand:regel:kolom); json: een lijst voor editors en scripts",
        "en": "text: one problem a line (file:line:col); json: a list for editors and scripts",
    },
    "cli.flows.examples": {
        "nl": "bindkracht flows\nbindkracht flows --flows ~/mijn-flows",
        "en": "bindkracht flows\nbindkracht flows --flows ~/my-flows",
    },
    "cli.play.examples": {
        "nl": "bindkracht play intake\nbindkracht play rp-caw --job rehearse --label T-3\n"
              "bindkracht play rp-caw --training BK-gent-2026-12-02\nbindkracht play rp-energie --typed",
        "en": "bindkracht play intake\nbindkracht play rp-caw --job rehearse --label T-3\n"
              "bindkracht play rp-caw --training BK-gent-2026-12-02\nbindkracht play rp-energie --typed",
    },
    "cli.test.examples": {
        "nl": "bindkracht test\nbindkracht test flows/intake.plan.yaml",
        "en": "bindkracht test\nbindkracht test flows/intake.plan.yaml",
    },
    "cli.test.plans": {
        "nl": "testplannen (*.plan.yaml); zonder: alle plannen naast de flows",
        "en": "test plans (*.plan.yaml); without: every plan beside the flows",
    },
    "cli.sessions.examples": {
        "nl": "bindkracht sessions list\nbindkracht sessions export 12 --out plan.md\n"
              "bindkracht sessions purge --older-than 90d",
        "en": "bindkracht sessions list\nbindkracht sessions export 12 --out plan.md\n"
              "bindkracht sessions purge --older-than 90d",
    },
    "cli.sessions.id": {
        "nl": "het nummer van de sessie (zie sessions list)",
        "en": "the session's number (see sessions list)",
    },
    "cli.serve.examples": {
        "nl": "bindkracht serve\nbindkracht serve --host 0.0.0.0 --port 8000 --training BK-gent-2026-12-02",
        "en": "bindkracht serve\nbindkracht serve --host 0.0.0.0 --port 8000 --training BK-gent-2026-12-02",
    },
    "cli.new.examples": {
        "nl": "bindkracht new flow mijn-intake\nbindkracht new scenario rp-mijn-casus --flows ~/flows",
        "en": "bindkracht new flow my-intake\nbindkracht new scenario rp-my-case --flows ~/flows",
    },
    "cli.schema.help": {
        "nl": "het editorschema van flows: tonen, of met --out als bestand bewaren",
        "en": "the editor schema of flows: print it, or save it as a file with --out",
    },
    "cli.schema.out": {
        "nl": "bewaar het schema in dit bestand (bv. flow.schema.json naast je flows)",
        "en": "save the schema in this file (e.g. flow.schema.json beside your flows)",
    },
    "cli.schema.examples": {
        "nl": "bindkracht schema --out ~/flows/flow.schema.json\nbindkracht schema | head",
        "en": "bindkracht schema --out ~/flows/flow.schema.json\nbindkracht schema | head",
    },
    "cli.new.kind": {
        "nl": "flow: een gesprek met fasen; scenario: een rollenspel met een cliënt",
        "en": "flow: a conversation with phases; scenario: a role-play with a client",
    },
    "cli.sheets.examples": {
        "nl": "bindkracht sheets rp-caw\n"
              "bindkracht sheets rp-caw --training BK-gent-2026-12-02 --out blad.html",
        "en": "bindkracht sheets rp-caw\n"
              "bindkracht sheets rp-caw --training BK-gent-2026-12-02 --out sheet.html",
    },
    "cli.sheets.flow": {
        "nl": "id van het rollenspel (zie bindkracht flows)",
        "en": "id of the role-play (see bindkracht flows)",
    },
    "cli.training.examples": {
        "nl": "bindkracht training\nbindkracht training BK-gent-2026-12-02 --out groep.html\n"
              "bindkracht training import inlevering-*.json --code BK-gent-2026-12-02",
        "en": "bindkracht training\nbindkracht training BK-gent-2026-12-02 --out group.html\n"
              "bindkracht training import hand-in-*.json --code BK-gent-2026-12-02",
    },
    "cli.graph.examples": {
        "nl": "bindkracht graph intake\nbindkracht graph intake --format dot | dot -Tsvg > intake.svg",
        "en": "bindkracht graph intake\nbindkracht graph intake --format dot | dot -Tsvg > intake.svg",
    },
    "cli.graph.flow": {
        "nl": "id van de flow (zie bindkracht flows)",
        "en": "id of the flow (see bindkracht flows)",
    },
    "cli.graph.format": {
        "nl": "mermaid (voor Markdown) of dot (voor Graphviz)",
        "en": "mermaid (for Markdown) or dot (for Graphviz)",
    },
    "cli.live.examples": {
        "nl": "bindkracht live start rp-caw\nbindkracht live debrief K7QPA --out nabespreking.html",
        "en": "bindkracht live start rp-caw\nbindkracht live debrief K7QPA --out debrief.html",
    },
    "cli.live.flow": {
        "nl": "id van een rollenspel dat live kan (jobs: [rehearse])",
        "en": "id of a role-play that can be played live (jobs: [rehearse])",
    },
    "cli.live.code-arg": {
        "nl": "de code van het live rollenspel (die start toonde)",
        "en": "the live role-play's code (the one start showed)",
    },
    "cli.moves.examples": {
        "nl": 'bindkracht moves "Wat brengt je hier vandaag?"\n'
              'bindkracht moves "Je bent moe." --context "Ik slaap slecht."\n'
              "bindkracht moves --jsonl < beurten.jsonl",
        "en": 'bindkracht moves "What brings you here today?" --lang en\n'
              'bindkracht moves "You are tired." --context "I sleep badly." --lang en\n'
              "bindkracht moves --jsonl < turns.jsonl",
    },
}
