"""The validated flow model. Plain data: no YAML, no Textual."""

from __future__ import annotations

from types import MappingProxyType

from guide.base.record import Record

TYPE_CHECKING = False  # typing's flag, without importing typing (start-up time)
if TYPE_CHECKING:
    from collections.abc import Mapping

    from guide.flows.expr import Compiled

PHASES = ("intake", "rights", "process", "closure")

INPUT_KINDS = ("choice", "multi", "checklist", "scale", "text")
CONTINUE_KINDS = ("card", "ask", "cue", "line")
STEP_KINDS = CONTINUE_KINDS + INPUT_KINDS + ("call", "end")

# The variable type each input kind stores.
KIND_VAR_TYPE = {
    "choice": "choice",
    "multi": "set",
    "checklist": "set",
    "scale": "number",
    "text": "text",
}
VAR_TYPES = ("text", "number", "choice", "set")
JOBS = ("prepare", "rehearse", "practise")

KRACHTLIJNEN = tuple(f"krachtlijn-{n}" for n in range(1, 11))
TENSIONS = (
    "spanning-vertrouwen-controle",
    "spanning-afstand-nabijheid",
    "spanning-product-proces",
    "spanning-afhankelijkheid-autonomie",
    "spanning-organisatie-client",
)
ROLES = (
    "rol-redder",
    "rol-rituele-zorgverstrekker",
    "rol-probleemoplosser",
    "rol-begeleider",
    "rol-bemiddelaar",
)
# What a reflection cue can be about; each is also the id of a card.
FOCI = KRACHTLIJNEN + TENSIONS + ROLES


class Mark(Record):
    __slots__ = ("file", "line", "col")

    def __init__(self, file: str, line: int, col: int) -> None:
        self.file, self.line, self.col = file, line, col


class Text(Record):
    """A user-visible text in several languages."""

    # marks: where each language's value starts: read by the checks while loading, then NO_MARKS
    # (see library.py); not compared
    __slots__ = ("values", "mark", "marks")
    _not_compared = frozenset({"marks"})

    def __init__(self, values: dict[str, str], mark: Mark, marks: Mapping[str, Mark] | None = None) -> None:
        self.values, self.mark = values, mark
        self.marks = {} if marks is None else marks

    def get(self, lang: str) -> str:
        return self.values.get(lang) or next(iter(self.values.values()), "")


NO_MARKS: Mapping[str, Mark] = MappingProxyType({})  # a loaded text's marks: read-only and shared


def text_in(text: Text | None, lang: str) -> str:
    """`text` in `lang`; "" where a step has none (a kind that needs a text has one: the parser checks)."""
    return text.get(lang) if text is not None else ""


class Expr(Record):
    # offset: columns to add to an AST column to land in the file; tree: the compiled form
    # (guide.flows.expr)
    __slots__ = ("source", "mark", "offset", "tree", "names")

    def __init__(self, source: str, mark: Mark, offset: int = 0, tree: Compiled | None = None,
                 names: set[str] | None = None) -> None:
        self.source, self.mark, self.offset, self.tree = source, mark, offset, tree
        self.names = set() if names is None else names


class Branch(Record):
    __slots__ = ("target", "mark", "cond")

    def __init__(self, target: str, mark: Mark, cond: Expr | None = None) -> None:
        self.target, self.mark = target, mark
        self.cond = cond  # None: the else branch


class Option(Record):
    # think: the client's inner side after this choice; effects: client state changes on choosing
    # (clientstate)
    __slots__ = ("value", "label", "mark", "feedback", "think", "scores", "next", "next_mark",
                 "effects", "effects_mark")

    def __init__(self, value: str, label: Text, mark: Mark, feedback: Text | None = None,
                 think: Text | None = None, scores: dict[str, int] | None = None, next: str | None = None,
                 next_mark: Mark | None = None, effects: dict[str, int] | None = None,
                 effects_mark: Mark | None = None) -> None:
        self.value, self.label, self.mark, self.feedback, self.think = value, label, mark, feedback, think
        self.scores = {} if scores is None else scores
        self.next, self.next_mark = next, next_mark
        self.effects = {} if effects is None else effects
        self.effects_mark = effects_mark


class Otherwise(Record):
    """A choice's reaction to a typed turn that means none of its options (typed play): the client's
    line (`say`) and inner side (`think`), the scores that count when it leaves the choice (`next`;
    None: the same choice is asked again), client state changes (clientstate)."""

    __slots__ = ("mark", "say", "think", "scores", "next", "next_mark", "effects", "effects_mark")

    def __init__(self, mark: Mark, say: Text | None = None, think: Text | None = None,
                 scores: dict[str, int] | None = None, next: str | None = None, next_mark: Mark | None = None,
                 effects: dict[str, int] | None = None, effects_mark: Mark | None = None) -> None:
        self.mark, self.say, self.think = mark, say, think
        self.scores = {} if scores is None else scores
        self.next, self.next_mark = next, next_mark
        self.effects = {} if effects is None else effects
        self.effects_mark = effects_mark


class Step(Record):
    """One step. Kind-specific: why (ask: why ask it this way), style (ask: open | closed), focus (cue),
    set (input kinds: the variable to store into), options, otherwise (choice: the reaction to a typed
    turn that means none of the options), min/max and their labels (scale), speaker/say/think (line),
    flow (call), report (end: which report to offer), short (text: a one-line answer such as a date:
    a short input), say_first (choice: the learner types their own words before the options appear),
    early (end: the client leaves; `why` explains it in the debrief)."""

    __slots__ = ("id", "kind", "mark", "phase", "text", "card", "card_mark", "when", "next", "optional",
                 "why", "style", "focus", "focus_mark", "set", "set_mark", "options", "otherwise",
                 "min", "max", "min_label", "max_label", "speaker", "say", "think", "flow", "flow_mark",
                 "report", "short", "say_first", "early")

    def __init__(self, id: str, kind: str, mark: Mark, phase: str, text: Text | None = None,
                 card: str | None = None, card_mark: Mark | None = None, when: Expr | None = None,
                 next: list[Branch] | None = None, optional: bool = False, why: Text | None = None,
                 style: str | None = None, focus: list[str] | None = None, focus_mark: Mark | None = None,
                 set: str | None = None, set_mark: Mark | None = None, options: list[Option] | None = None,
                 otherwise: Otherwise | None = None, min: int | None = None, max: int | None = None,
                 min_label: Text | None = None, max_label: Text | None = None, speaker: str | None = None,
                 say: Text | None = None, think: Text | None = None, flow: str | None = None,
                 flow_mark: Mark | None = None, report: str | None = None, short: bool = False,
                 say_first: bool = False, early: bool = False) -> None:
        self.id, self.kind, self.mark, self.phase, self.text = id, kind, mark, phase, text
        self.card, self.card_mark, self.when, self.optional = card, card_mark, when, optional
        self.next = [] if next is None else next
        self.why, self.style, self.focus_mark = why, style, focus_mark
        self.focus = [] if focus is None else focus
        self.set, self.set_mark, self.otherwise = set, set_mark, otherwise
        self.options = [] if options is None else options
        self.min, self.max, self.min_label, self.max_label = min, max, min_label, max_label
        self.speaker, self.say, self.think = speaker, say, think
        self.flow, self.flow_mark, self.report = flow, flow_mark, report
        self.short, self.say_first, self.early = short, say_first, early

    @property
    def needs_input(self) -> bool:
        return self.kind in INPUT_KINDS


class Phase(Record):
    __slots__ = ("id", "mark", "when", "steps")

    def __init__(self, id: str, mark: Mark, when: Expr | None = None,
                 steps: list[Step] | None = None) -> None:
        self.id, self.mark, self.when = id, mark, when
        self.steps = [] if steps is None else steps


class Variable(Record):
    __slots__ = ("name", "type", "mark", "values")

    def __init__(self, name: str, type: str, mark: Mark, values: list[str] | None = None) -> None:
        self.name, self.type, self.mark = name, type, mark
        self.values = values  # declared values for choice / set


class StateVar(Record):
    """One client state: a whole number within bounds that options change (see guide.flows.clientstate)."""

    __slots__ = ("name", "min", "max", "start", "label", "mark")

    def __init__(self, name: str, min: int, max: int, start: int, label: Text, mark: Mark) -> None:
        self.name, self.min, self.max, self.start, self.label, self.mark = name, min, max, start, label, mark


class Flow(Record):
    """persona: display name of the role-play client; persona_card: the persona (situation, life
    world, strengths, sensitivities); coach_card: for whoever plays the client, how the persona reacts;
    observer_card: the observation sheet for the others in the room; state: the client's state,
    e.g. trust."""

    __slots__ = ("id", "version", "title", "languages", "path", "mark", "description", "jobs", "persona",
                 "persona_card", "coach_card", "observer_card", "variables", "state", "tags", "phases",
                 "content_hash")

    def __init__(self, id: str, version: str, title: Text, languages: list[str], path: str, mark: Mark,
                 description: Text | None = None, jobs: list[str] | None = None, persona: str | None = None,
                 persona_card: str | None = None, coach_card: str | None = None,
                 observer_card: str | None = None, variables: dict[str, Variable] | None = None,
                 state: dict[str, StateVar] | None = None, tags: dict[str, Text] | None = None,
                 phases: list[Phase] | None = None, content_hash: str = "") -> None:
        self.id, self.version, self.title, self.languages, self.path = id, version, title, languages, path
        self.mark, self.description, self.persona = mark, description, persona
        self.jobs = [] if jobs is None else jobs
        self.persona_card, self.coach_card, self.observer_card = persona_card, coach_card, observer_card
        self.variables = {} if variables is None else variables
        self.state = {} if state is None else state
        self.tags = {} if tags is None else tags
        self.phases = [] if phases is None else phases
        self.content_hash = content_hash

    def steps(self):
        for phase in self.phases:
            yield from phase.steps

    def step_map(self) -> dict[str, Step]:
        return {s.id: s for s in self.steps()}


class FlowRefs(Record):
    """The names a flow file uses and where, found while parsing: what the checks look up
    (effects: client-state names, clientstate.py)."""

    __slots__ = ("cards", "focus", "tags", "effects")

    def __init__(self, cards: list[tuple[str, Mark]] | None = None,
                 focus: list[tuple[str, Mark]] | None = None, tags: list[tuple[str, Mark]] | None = None,
                 effects: list[tuple[str, Mark]] | None = None) -> None:
        self.cards = [] if cards is None else cards
        self.focus = [] if focus is None else focus
        self.tags = [] if tags is None else tags
        self.effects = [] if effects is None else effects
