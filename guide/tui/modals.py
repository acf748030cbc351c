"""Dialogs: quit, label, note, help and a card reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import (
    Button,
    Input,
    Label,
    Markdown,
    OptionList,
    RadioButton,
    RadioSet,
    Static,
)
from textual.widgets.option_list import Option

from guide.base import paths, typed
from guide.base.codes import clean_training
from guide.base.errors import AnswerError
from guide.base.i18n import t
from guide.base.privacy import looks_like_name
from guide.flows.model import FOCI
from guide.tui import keys
from guide.tui.screens import GuideModal
from guide.tui.textual_compat import keymap
from guide.tui.widgets import Field, TextBox

if TYPE_CHECKING:
    from textual import getters

    from guide.tui.app import GuideApp

# Tab moves at once in a dialog: the Enter typed right after it (one burst) reaches the next field
FOCUS_KEYS = [Binding("tab", "app.focus_next", show=False, priority=True),
              Binding("shift+tab", "app.focus_previous", show=False, priority=True)]


class QuitScreen(GuideModal[bool]):
    BINDINGS = [Binding("escape", "stay", show=False), Binding("y,j", "leave", show=False), *FOCUS_KEYS]

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        with Vertical(classes="dialog"):
            yield Label(t("quit.title", lang), classes="dialog-title")
            yield Static(t("quit.body", lang))
            with Horizontal(classes="buttons"):
                yield Button(t("quit.yes", lang), id="yes", variant="error")
                yield Button(t("quit.no", lang), id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_stay(self) -> None:
        self.dismiss(False)

    def action_leave(self) -> None:
        self.dismiss(True)


class ModeSet(RadioSet):
    """With choices or in your own words. Its keys act at once, as Tab does (FOCUS_KEYS): a mode
    chosen and Start pressed in one burst of keys (Tab, Down, Enter, Tab, Enter) starts in that mode."""

    BINDINGS = [Binding("down,right", "next_button", show=False, priority=True),
                Binding("enter,space", "toggle_button", show=False, priority=True),
                Binding("up,left", "previous_button", show=False, priority=True)]


class LabelScreen(GuideModal[tuple[str, str, bool] | None]):
    """Ask for a session label (suggests a neutral code) and, for a role-play, an optional
    training code and how it is played: with choices, or in your own words (typed play).
    Gives back (label, training code or "", typed play).

    A code from earlier today is shown as a value with its label ("Training: T-0312", and a
    button to change it), never put silently in the field: a solo rehearsal must not count in
    a group view because a code looked like grey example text."""

    BINDINGS = [Binding("escape", "cancel", show=False), *FOCUS_KEYS]

    def __init__(self, suggestion: str, training: str | None = None,
                 typed_play: bool | None = None) -> None:
        super().__init__()
        self.suggestion = suggestion
        self.training = training  # None: no training field (not a role-play)
        self.typed_play = typed_play  # None: no choice of mode (not a role-play); else the mode shown chosen
        self.warned: str | None = None  # a name-like label passes on the second Enter

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        # a role-play's dialog is wider: its prompts stay on one line each, so it fits 24 rows
        with Vertical(classes="dialog" if self.typed_play is None else "dialog wide"):
            yield Label(t("label.title", lang), classes="dialog-title")
            yield Static(t("label.prompt", lang))
            field = Field(value=self.suggestion, id="label")  # too long: said on Enter, never cut
            field.cursor_blink = self.app.blink
            yield field
            if self.training is not None:
                yield Static(t("training.field", lang))
                if self.training:
                    with Horizontal(id="training-current"):
                        yield Static(t("training.current", lang, code=self.training), markup=False)
                        yield Button(t("training.change", lang), id="training-change", compact=True)
                code = Field(value=self.training, id="training",
                             placeholder=t("training.placeholder", lang))
                code.cursor_blink = self.app.blink
                code.display = not self.training
                yield code
            if self.typed_play is not None:  # a role-play: with choices, or in your own words
                with Horizontal(id="mode-row"):
                    yield Static(t("typedui.mode", lang))
                    with ModeSet(id="mode"):
                        yield RadioButton(t("typedui.mode.options", lang), value=not self.typed_play,
                                          id="mode-options")
                        yield RadioButton(t("typedui.mode.typed", lang), value=self.typed_play,
                                          id="mode-typed")
            yield Static("", id="label-error", classes="error", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(t("label.start", lang), id="start", variant="primary")
                yield Button(t("label.cancel", lang), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#label", Input).focus()

    def _try(self) -> None:
        codes = self.query("#training")
        try:
            typed_label = self.query_one("#label", Input).value
            value = typed.take(typed_label, typed.LABEL, line=True) or self.suggestion
            code = clean_training(codes.first(Input).value) if codes else ""
        except AnswerError as exc:
            self.query_one("#label-error", Static).update(t(exc.code, self.app.lang, **exc.params))
            return
        if looks_like_name(value) and value != self.warned:
            self.warned = value
            self.query_one("#label-error", Static).update(
                t("label.looks-like-name", self.app.lang, code=self.suggestion))
            return
        modes = self.query("#mode-typed")
        self.dismiss((value, code, bool(modes) and modes.first(RadioButton).value))

    def on_input_submitted(self) -> None:
        self._try()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "training-change":
            self.query_one("#training-current").display = False
            code = self.query_one("#training", Input)
            code.display = True
            code.focus()
        elif event.button.id == "start":
            self._try()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class NoteArea(TextBox):
    """The note's text. Ctrl+S is read here, in turn with the letters: the note is exactly what
    was typed before it, and whatever was typed after it goes to the screen that comes next."""

    class Save(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    if TYPE_CHECKING:  # its app is a GuideApp (for the type checker; nothing at run time)
        app = getters.app(GuideApp)

    def __init__(self, save_keys: set[str], **kwargs) -> None:
        super().__init__(**kwargs)
        self.save_keys = save_keys
        self.closed = False  # the save key was read: later keys are not the note's

    async def _on_key(self, event: events.Key) -> None:
        if self.closed:
            event.stop()
            event.prevent_default()
            self.app.hand_back(event)
        elif event.key in self.save_keys:
            event.stop()
            event.prevent_default()
            self.closed = True
            self.app.hold_keys()  # keys not yet read wait for what comes after the note
            self.post_message(self.Save(self.text))  # handled after the keys already sent here

    def reopen(self) -> None:
        self.closed = False


class NoteScreen(GuideModal[None]):
    """A private note on the current step. Saved through the callback; errors stay in view.
    Keys typed while it opens wait for its text area (App.hold_keys), so a note typed in one
    burst with Ctrl+S is stored exactly."""

    BINDINGS = [Binding("escape", "cancel", show=False), Binding("ctrl+s", "save", show=False)]

    def __init__(self, save) -> None:
        super().__init__()
        self.save_fn = save

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        with Vertical(classes="dialog wide"):
            yield Label(t("note.title", lang), classes="dialog-title")
            yield Static(t("note.hint", lang), classes="hint")
            save_keys = {"ctrl+s", keymap(self.app).get("save", "ctrl+s")}
            area = NoteArea(save_keys, id="note", soft_wrap=True, tab_behavior="focus")
            area.cursor_blink = self.app.blink
            yield area
            yield Static("", id="note-error", classes="error", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(t("note.save", lang) + " (Ctrl+S)", id="save", variant="primary")
                yield Button(t("label.cancel", lang), id="cancel")

    def on_mount(self) -> None:
        self.set_focus(self.query_one(NoteArea))
        self.app.call_later(self.app.release_keys)  # the keys typed so far, now that the area has the focus

    def on_note_area_save(self, message: NoteArea.Save) -> None:
        message.stop()
        self._save(message.text)

    def action_save(self) -> None:
        self._save(self.query_one(NoteArea).text)

    def _save(self, text: str) -> None:
        error = self.save_fn(text)
        if error:
            self.query_one("#note-error", Static).update(error)
            self.query_one(NoteArea).reopen()
            self.app.call_later(self.app.release_keys)  # typed after Ctrl+S: still meant for the note
        else:
            self.dismiss(None)
            self.app.call_later(self.app.release_keys)  # typed after Ctrl+S: for the screen below

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.dismiss(None)


class CardScreen(GuideModal[None]):
    BINDINGS = [Binding("escape,q", "close", show=False)]

    def __init__(self, card_id: str) -> None:
        super().__init__()
        self.card_id = card_id

    def compose(self) -> ComposeResult:
        lib = self.app.lib
        text = (lib.card_text(self.card_id, self.app.lang) if lib else None) or self.card_id
        with Vertical(classes="dialog wide tall"):
            with VerticalScroll():
                yield Markdown(text, open_links=False)
            yield Button(t("card.close", self.app.lang), id="close")

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)


class HelpScreen(GuideModal[None]):
    """The method in brief, the keys that work on the screen below, and the cards."""

    BINDINGS = [Binding("escape,f1", "close", show=False)]

    def __init__(self, keys_here: list[tuple[str, str]]) -> None:
        super().__init__()
        self.keys_here = keys_here

    def compose(self) -> ComposeResult:
        app = self.app
        lang = app.lang
        lines = [f"  {key:<16} {desc}" for key, desc in self.keys_here]
        with Vertical(classes="dialog wide tall"):
            yield Label(t("help.title", lang), classes="dialog-title")
            with VerticalScroll(id="help-body"):
                yield Static(t("help.method", lang), classes="help-method")
                yield Label(t("help.here", lang), classes="section")
                yield Static("\n".join(lines), markup=False)
                rebind = t("help.rebind", lang, path=paths.config_dir() / "keys.toml",
                           ids=", ".join(keys.all_ids()))
                yield Static(rebind, classes="hint", markup=False)
                yield Static(t("help.fields", lang), classes="hint", markup=False)
                yield Static(t("typed.rule", lang), classes="hint", markup=False)
                yield Label(t("help.cards", lang), classes="section")
                cards = ["fase-onthaal", "fase-basisrechten", "fase-proces", "fase-afbouw", "presentie",
                         "tweede-klap", "krachtenmodel", *FOCI]
                lib = app.lib
                options = [Option(lib.card_title(c, lang) if lib else c, id=c) for c in cards
                           if lib is None or lib.card_text(c, lang)]
                yield OptionList(*options, id="help-cards")
            yield Button(t("help.close", lang), id="close")

    def on_mount(self) -> None:
        # start at the top (the method and the keys); Tab reaches the card list
        self.query_one("#help-body", VerticalScroll).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:  # every card row has its card's id
            self.app.push_screen(CardScreen(event.option.id))

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)


class MeantScreen(GuideModal[str | None]):
    """"That's not what I meant": pick the move meant. Gives back the move, "" to take a correction
    back, or None (escape) to leave it as it is."""

    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(self, words: str, corrected: bool) -> None:
        super().__init__()
        self.words = words
        self.corrected = corrected

    def compose(self) -> ComposeResult:
        from guide.moves import MOVES, describe  # deferred: only a correction needs the move names

        lang = self.app.lang
        words = " ".join(self.words.split())
        with Vertical(classes="dialog"):
            shown = words if len(words) <= 120 else words[:119] + "…"  # the dialog wraps what it shows
            yield Static(t("words.pick", lang, words=shown), classes="dialog-title", markup=False)
            yield Static(t("words.pick-note", lang), classes="hint", markup=False)
            options = [Option(describe(m, lang), id=m) for m in MOVES]
            if self.corrected:
                options.append(Option(t("words.undo", lang), id="undo"))
            yield OptionList(*options, id="meant-moves")

    def on_mount(self) -> None:
        self.query_one("#meant-moves", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss("" if event.option.id == "undo" else event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
