"""Role-play training: fair choices, a client who reacts, say it yourself first."""

STRINGS = {
    "check.longest-best": {
        "nl": "in {n} van de {total} keuzes is de best scorende optie ook het langste label ({lang}): "
              "wie altijd het langste antwoord kiest, scoort zonder te lezen; maak goede antwoorden ook kort "
              "en slechte ook lang",
        "en": "in {n} of {total} choices the best-scoring option is also the longest label ({lang}): "
              "a learner who always picks the longest answer scores without reading; make some good answers "
              "short and some poor ones long",
    },
    "check.warm-best": {
        "nl": "in {n} van de {total} keuzes is de optie met de meeste warme woorden (gerust, samen, "
              "begrijp...) ook de best scorende ({lang}): wie altijd het vriendelijkst klinkende antwoord "
              "kiest, scoort zonder te lezen; laat ook een goede zet zakelijk klinken (een weerspiegeling, "
              "een stilte) en een slechte warm (te vroeg geruststellen, redden)",
        "en": "in {n} of {total} choices the option with the most warm words (take your time, together, "
              "understand...) is also the best-scoring one ({lang}): a learner who always picks the "
              "kindest-sounding answer scores without reading; let some good moves sound plain (a "
              "reflection, a silence) and some poor ones warm (early reassurance, rescuing)",
    },
    "check.question-best": {
        "nl": "in {n} van de {total} keuzes is de enige vraag tussen de opties ook de best scorende "
              "({lang}): wie altijd de vraag kiest, scoort zonder te lezen; maak ook goede zetten die geen "
              "vraag zijn (een weerspiegeling, een bevestiging, een stilte) en slechte die het wel zijn",
        "en": "in {n} of {total} choices the only option phrased as a question is also the best-scoring "
              "one ({lang}): a learner who always picks the question scores without reading; write good "
              "moves that are not questions (a reflection, an affirmation, a silence) and poor ones that are",
    },
    "check.one-good-option": {
        "nl": "elk van de {total} keuzes heeft precies één positieve optie: voeg gedeeltelijk goede opties "
              "toe, of twee goede die in nuance verschillen",
        "en": "each of the {total} choices has exactly one positive option: add partly right options, "
              "or two good ones that differ in nuance",
    },
    "plan.order": {
        "nl": "stap {step}: opties in de volgorde {got}, verwacht {want}",
        "en": "step {step}: options shown in the order {got}, expected {want}",
    },
}
