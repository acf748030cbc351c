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
