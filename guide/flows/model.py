"""The validated flow model. Plain data: no YAML, no Textual."""

from __future__ import annotations

from dataclasses import dataclass, field

TYPE_CHECKING = False  # typing's flag, without importing typing (start-up time)
if TYPE_CHECKING:
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


@dataclass(slots=True)
class Mark:
    file: str
    line: int
    col: int


@dataclass(slots=True)
class Text:
    """A user-visible text in several languages."""

    values: dict[str, str]
    mark: Mark
    marks: dict[str, Mark] = field(default_factory=dict, compare=False)  # where each language's value starts

    def get(self, lang: str) -> str:
        return self.values.get(lang) or next(iter(self.values.values()), "")


def text_in(text: Text | None, lang: str) -> str:
    """`text` in `lang`; "" where a step has none (a kind that needs a text has one: the parser checks)."""
    return text.get(lang) if text is not None else ""


@dataclass(slots=True)
class Expr:
    source: str
    mark: Mark
    offset: int = 0  # columns to add to an AST column to land in the file
    tree: Compiled | None = None  # compiled form, see guide.flows.expr
    names: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Branch:
    target: str
    mark: Mark
    cond: Expr | None = None  # None: the else branch


@dataclass(slots=True)
class Option:
    value: str
    label: Text
    mark: Mark
    feedback: Text | None = None
    think: Text | None = None  # the client's inner side after this choice
    scores: dict[str, int] = field(default_factory=dict)
    next: str | None = None
    next_mark: Mark | None = None
    effects: dict[str, int] = field(default_factory=dict)  # client state changes on choosing (clientstate)
    effects_mark: Mark | None = None


@dataclass(slots=True)
class Otherwise:
    """A choice's reaction to a typed turn that means none of its options (typed play)."""

    mark: Mark
    say: Text | None = None  # the client's line
    think: Text | None = None  # the client's inner side
    scores: dict[str, int] = field(default_factory=dict)  # count when it leaves the choice (`next`)
    next: str | None = None  # None: the same choice is asked again
    next_mark: Mark | None = None
    effects: dict[str, int] = field(default_factory=dict)  # client state changes (clientstate)
    effects_mark: Mark | None = None


@dataclass(slots=True)
class Step:
    id: str
    kind: str
    mark: Mark
    phase: str
    text: Text | None = None
    card: str | None = None
    card_mark: Mark | None = None
    when: Expr | None = None
    next: list[Branch] = field(default_factory=list)
    optional: bool = False
    # kind-specific
    why: Text | None = None  # ask: why ask it this way
    style: str | None = None  # ask: open | closed
    focus: list[str] = field(default_factory=list)  # cue
    focus_mark: Mark | None = None
    set: str | None = None  # input kinds: the variable to store into
    set_mark: Mark | None = None
    options: list[Option] = field(default_factory=list)
    otherwise: Otherwise | None = None  # choice: the reaction to a typed turn that means none of the options
    min: int | None = None
    max: int | None = None
    min_label: Text | None = None
    max_label: Text | None = None
    speaker: str | None = None  # line
    say: Text | None = None
    think: Text | None = None
    flow: str | None = None  # call
    flow_mark: Mark | None = None
    report: str | None = None  # end: which report to offer
    short: bool = False  # text: a one-line answer (a date, a time, a place): a short input
    say_first: bool = False  # choice: the learner types their own words before the options appear
    early: bool = False  # end: the client leaves; `why` explains it in the debrief

    @property
    def needs_input(self) -> bool:
        return self.kind in INPUT_KINDS


@dataclass(slots=True)
class Phase:
    id: str
    mark: Mark
    when: Expr | None = None
    steps: list[Step] = field(default_factory=list)


@dataclass(slots=True)
class Variable:
    name: str
    type: str
    mark: Mark
    values: list[str] | None = None  # declared values for choice / set


@dataclass(slots=True)
class StateVar:
    """One client state: a whole number within bounds that options change (see guide.flows.clientstate)."""

    name: str
    min: int
    max: int
    start: int
    label: Text
    mark: Mark


@dataclass(slots=True)
class Flow:
    id: str
    version: str
    title: Text
    languages: list[str]
    path: str
    mark: Mark
    description: Text | None = None
    jobs: list[str] = field(default_factory=list)
    persona: str | None = None  # display name of the role-play client
    persona_card: str | None = None  # the persona: situation, life world, strengths, sensitivities
    coach_card: str | None = None  # for whoever plays the client: how the persona reacts
    observer_card: str | None = None  # the observation sheet for the others in the room
    variables: dict[str, Variable] = field(default_factory=dict)
    state: dict[str, StateVar] = field(default_factory=dict)  # the client's state, e.g. trust
    tags: dict[str, Text] = field(default_factory=dict)
    phases: list[Phase] = field(default_factory=list)
    content_hash: str = ""

    def steps(self):
        for phase in self.phases:
            yield from phase.steps

    def step_map(self) -> dict[str, Step]:
        return {s.id: s for s in self.steps()}


@dataclass(slots=True)
class FlowRefs:
    """The names a flow file uses and where, found while parsing: what the checks look up."""

    cards: list[tuple[str, Mark]] = field(default_factory=list)
    focus: list[tuple[str, Mark]] = field(default_factory=list)
    tags: list[tuple[str, Mark]] = field(default_factory=list)
    effects: list[tuple[str, Mark]] = field(default_factory=list)  # client-state names (clientstate.py)
