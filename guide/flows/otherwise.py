"""A choice's `otherwise:` block: what the client does when a typed turn means none of the options.

    - id: c_meter
      kind: choice
      options: [...]
      otherwise:
        say: {nl: "Hoe bedoel je?", en: "What do you mean?"}   # the client's line (required)
        think: {nl: ..., en: ...}                               # the inner side (binnenkant)
        effects: {trust: -1}                                    # like an option's effects
        next: c_later                                           # leave the choice; without: asked again
        scores: {krachtlijn-3: 0}                               # only with next: the choice's score then

Reading (called from guide.flows.parse) lives here; its texts, targets, tags and effects are checked
with everything else in guide.flows.checks. The engine applies it (Engine.submit_otherwise).
"""

from __future__ import annotations

from guide.flows import clientstate
from guide.flows.model import Otherwise, Step

KEYS = frozenset({"say", "think", "effects", "next", "scores"})


def read(parser, step: Step, node) -> None:
    """The `otherwise:` mapping of a choice step into step.otherwise."""
    m = parser.mapping(node, "otherwise")
    if m is None:
        return
    o = parser.keys(m, KEYS, ("say",), "otherwise")
    block = Otherwise(parser.mark(node))
    if "say" in o:
        block.say = parser.text(o["say"], "say")
    if "think" in o:
        block.think = parser.text(o["think"], "think")
    if "next" in o:
        block.next = parser.ident(o["next"], "next")
        block.next_mark = parser.mark(o["next"])
    if "scores" in o:
        block.scores = parser.scores(o["scores"])
        if "next" not in o:  # a choice asked again is scored by the option picked after
            parser.error(o["scores"], "otherwise-scores")
            block.scores.clear()
    if "effects" in o:
        clientstate.read_effects(parser, o["effects"], block)
    step.otherwise = block


def texts(step: Step):
    """The otherwise block's texts, for the translation check."""
    if step.otherwise is not None:
        for t in (step.otherwise.say, step.otherwise.think):
            if t is not None:
                yield t
