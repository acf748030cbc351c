"""Typed play in the app ("In je eigen woorden"): at a choice the learner types the turn and sees no
options. The confirmation line says how the turn was understood (guide.moves.options.match): Enter
accepts it, a key opens the options to pick the one meant, or "something else". What the transcript
shows of a typed play is guide.artefacts.transcript's, as for every play."""

from __future__ import annotations

from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from guide.base.i18n import t
from guide.flows.model import Step, text_in
from guide.moves.options import OptionMatch, match
from guide.run.engine import Engine
from guide.tui import keys

ELSE = "\x00else"  # the id of "something else" in the list of options (no option value starts so)
# In the list of options Enter takes the highlighted one: the footer says so, as the hint does
PICKING_KEYS = [(i, key, action, "typedui.key.meant" if i == "typed-accept" else desc, show)
                for i, key, action, desc, show in keys.TYPED_KEYS]


def client_name(engine: Engine, lang: str) -> str:
    """The client's name, for the prompt ("Wat zeg je tegen Jolien?")."""
    return engine.flow.persona or t("typedui.the-client", lang)


def speaker(engine: Engine, step: Step, lang: str) -> str:
    """Who speaks the client's lines, as the transcript names them."""
    return step.speaker or engine.flow.persona or t("play.client", lang)


def last_client_line(engine: Engine, lang: str) -> str | None:
    """What the client said last (a line, or its reaction to a turn that meant none of the options):
    the reader's context for the learner's turn."""
    for entry in reversed(engine.history):
        step = engine.step_for(entry["key"])
        if step is None:
            continue
        if step.kind == "line" and step.say is not None:
            return text_in(step.say, lang)
        if entry.get("otherwise") and step.otherwise is not None and step.otherwise.say is not None:
            return text_in(step.otherwise.say, lang)
    return None


def understand(engine: Engine, turn: str, lang: str) -> OptionMatch:
    """Which option of the open choice `turn` means, or none."""
    step = engine.current
    assert step is not None and step.kind == "choice"  # only asked at a choice of a typed play
    return match(turn, step, lang, context=last_client_line(engine, lang), persona=engine.flow.persona,
                 flow=engine.flow.id)


def is_typed_choice(engine: Engine | None, step: Step | None = None) -> bool:
    step = step or (engine.current if engine is not None else None)
    return bool(engine is not None and engine.typed and step is not None and step.kind == "choice")


# -- the confirmation line ------------------------------------------------------------------------

class TypedConfirm(Vertical, can_focus=True):
    """How the typed turn was understood. Enter accepts it; the pick key lists the options and
    "something else" to choose the one meant (Enter takes the highlighted one)."""

    class Chosen(Message):
        """The learner's turn means this option (None: something else)."""

        def __init__(self, value: str | None) -> None:
            super().__init__()
            self.value = value

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.found: OptionMatch | None = None
        self.turn = ""
        self.at: str | None = None  # the position of the choice the turn answers (Conversation.position)
        self.options: list = []  # the choice's options in the session's order
        self.lang = "nl"
        self.names: dict[str, str] = {}  # key names as shown (GuideApp.key_names)

    def compose(self):
        yield Static("", id="typed-understood", markup=False)
        yield OptionList(id="typed-pick")
        yield Static("", id="typed-keys", classes="hint", markup=False)

    @property
    def open(self) -> bool:
        return self.display and self.found is not None

    @property
    def picking(self) -> bool:
        return self.open and self.query_one("#typed-pick", OptionList).display

    def ask(self, turn: str, found: OptionMatch, at: str | None, options: list, lang: str,
            names: dict[str, str]) -> None:
        """Show how `turn` was understood, with the keys; the focus comes here."""
        self.turn, self.found, self.at, self.options = turn, found, at, options
        self.display = True
        self.query_one("#typed-pick", OptionList).display = False
        self.show_lang(lang, names)
        self.focus()

    def show_lang(self, lang: str, names: dict[str, str]) -> None:
        """The texts in `lang` (also after a language switch; the list keeps its highlight)."""
        self.lang, self.names = lang, names
        if self.found is None:
            return
        listing = self.query_one("#typed-pick", OptionList)
        if listing.display:
            self._fill(listing, listing.highlighted)
        keys.apply(self, PICKING_KEYS if listing.display else keys.TYPED_KEYS, lang)
        head = self.query_one("#typed-understood", Static)
        head.update(f"{t('conv.you', lang)}: “{self.turn}”\n{self.found.understood}")  # a sentence
        hint = self.query_one("#typed-keys", Static)
        if self.picking:
            hint.update(t("typedui.pick-keys", lang, accept=names["typed_accept"], back=names["back"]))
        else:
            pick = names["typed_pick"]
            pick = pick.lower() if len(pick) == 1 else pick  # a letter as it is typed
            hint.update(t("typedui.confirm-keys", lang, accept=names["typed_accept"], pick=pick,
                          back=names["back"]))

    def _fill(self, listing: OptionList, highlighted: int | None) -> None:
        listing.set_options([*(Option(o.label.get(self.lang), id=o.value) for o in self.options),
                             Option(t("typedui.something-else", self.lang), id=ELSE)])
        listing.highlighted = highlighted

    def action_typed_pick(self) -> None:
        """The options in the session's order and "something else"; the one understood highlighted."""
        if not self.open or self.picking:
            return
        assert self.found is not None  # open
        listing = self.query_one("#typed-pick", OptionList)
        ids = [o.value for o in self.options] + [ELSE]
        listing.display = True
        self._fill(listing, ids.index(self.found.option) if self.found.option in ids else len(ids) - 1)
        self.show_lang(self.lang, self.names)
        listing.focus()

    def unpick(self) -> None:
        """From the list back to the confirmation line."""
        self.query_one("#typed-pick", OptionList).display = False
        self.show_lang(self.lang, self.names)
        self.focus()

    def close(self) -> None:
        self.found = None
        self.display = False

    def action_typed_accept(self) -> None:
        if not self.open:
            return
        if self.picking:  # Enter in the list: the highlighted option
            listing = self.query_one("#typed-pick", OptionList)
            if listing.highlighted is None:
                return
            chosen = listing.get_option_at_index(listing.highlighted).id
            self.post_message(self.Chosen(None if chosen == ELSE else chosen))
            return
        assert self.found is not None  # open
        self.post_message(self.Chosen(self.found.option))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()  # a click on an option; Enter is the accept key (action_typed_accept)
        self.post_message(self.Chosen(None if event.option.id == ELSE else event.option.id))

    def check_action(self, action: str, parameters) -> bool | None:
        if action == "typed_pick":
            return self.open and not self.picking
        if action == "typed_accept":
            return self.open
        return True
