"""Small widgets: transcript messages, the phase stepper, the answer area."""

from __future__ import annotations

from rich.segment import Segment
from rich.text import Text as RichText
from textual import events
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Button, Input, OptionList, SelectionList, Static, TextArea
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from guide.artefacts.transcript import Item
from guide.base import typed
from guide.base.i18n import t
from guide.flows.model import PHASES, Step
from guide.tui import keys
from guide.tui.textual_compat import event_clock, keymap


class Msg(Static):
    """One message in the transcript. The CSS class says who speaks."""

    def __init__(self, item: Item) -> None:
        text = RichText()
        if item.title:
            text.append(item.title + "\n", style="bold")
        text.append(item.body)
        if item.extra:
            text.append("\n" + item.extra, style="italic")
        super().__init__(text, classes=f"msg {item.who}")
        self.item = item


class PhaseStepper(Static):
    """The four phases in one line, the current one marked."""

    def show(self, current: str | None, lang: str, visited: set[str], width: int = 120) -> None:
        text = RichText()
        compact = width < 110  # at 80 columns only the current phase is named
        for n, phase in enumerate(PHASES, 1):
            if n > 1:
                text.append(" › " if compact else "  ›  ", style="dim")
            label = f"{n} {t('phase.' + phase, lang)}" if phase == current or not compact else str(n)
            if phase == current:
                text.append(f"● {label}", style="bold reverse")
            elif phase in visited:
                text.append(f"✓ {label}")
            else:
                text.append(f"○ {label}", style="dim")
        self.update(text)


class MultiList(SelectionList):
    """Space ticks an option; Enter confirms the whole selection."""

    BINDINGS = [Binding("enter", "confirm", show=False)]

    class Confirmed(Message):
        pass

    def action_confirm(self) -> None:
        self.post_message(self.Confirmed())

    def action_select(self) -> None:
        """Space (or a click) ticks the highlighted line at once. Textual posts a message and ticks
        whatever is highlighted when it arrives: in a burst (Space Down Space) both went to line 2."""
        if self.highlighted is None:
            return
        option = self.get_option_at_index(self.highlighted)
        if not option.disabled:
            self.toggle(option)

    def render_line(self, y: int) -> Strip:
        """A tick for a ticked item and an empty box for the others (Textual shows X for both)."""
        strip = super().render_line(y)
        segments = list(strip)
        index = self.scroll_offset.y + y
        if len(segments) < 4 or index >= self.option_count:
            return strip
        ticked = self.get_option_at_index(index).value in self.selected
        segments[1] = Segment("✓" if ticked else " ", segments[1].style)
        return Strip(segments, strip.cell_length)


SELECT_ALL: list[Binding | tuple[str, str] | tuple[str, str, str]] = [
    Binding("ctrl+a,f7", "select_all", show=False)]  # not "to the start of the line"


class Field(Input):
    """A one-line field where F7 and Ctrl+A select all the text (Home goes to the start)."""

    BINDINGS = SELECT_ALL


class TextBox(TextArea):
    """A text area where F7 and Ctrl+A select all the text (Home goes to the start of the line)."""

    BINDINGS = SELECT_ALL


class AnswerArea(Vertical):
    """The input for the current step. Every kind of input stays mounted and is
    shown or hidden, so moving to the next step never mounts widgets."""

    class Answered(Message):
        """An answer, with the position it answers (see Conversation.position) and the time of
        the key or click that gave it."""

        def __init__(self, value, at: str | None = None, pressed: float | None = None,
                     note: str = "") -> None:
            super().__init__()
            self.value = value
            self.note = note  # a short note on a reflection cue, typed before Verder
            self.at = at
            self.pressed = pressed

    class Said(Message):
        """The own words typed at a say-first choice, before its options appear."""

        def __init__(self, text: str, at: str | None = None, pressed: float | None = None) -> None:
            super().__init__()
            self.text = text
            self.at = at
            self.pressed = pressed

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.position: str | None = None  # the question shown, as the conversation names it
        self.shown_at = 0.0  # when it was put on screen
        # when the last key or click meant for the question shown reached this area (None: none yet;
        # a button can be pressed by a key this area never saw, and such a press is never too early)
        self.pressed: float | None = None
        self.step: Step | None = None
        self.lang = "nl"
        self._shape: tuple | None = None
        self.report_kind: str | None = None  # set by the screen when the flow ends with a report
        self.typed_confirm = True  # typed play: the learner confirms how a turn was understood

    def compose(self):
        yield OptionList(id="choice")
        yield MultiList(id="multi")
        area = TextBox(id="text", soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
        area.cursor_blink = self.app.blink
        yield area
        say = Field(id="say")
        say.cursor_blink = self.app.blink
        yield say
        short = Field(id="short")  # a one-line answer: a date, a time, a place
        short.cursor_blink = self.app.blink
        yield short
        cue = Field(id="cue-note", max_length=typed.NOTE)  # a reflection cue: a short note, or none
        cue.cursor_blink = self.app.blink
        yield cue
        with Horizontal(classes="buttons"):
            for bid in ("continue", "confirm", "save", "report", "export", "home"):
                button = Button("", id=bid, variant="default" if bid == "home" else "primary")
                # the same button serves step after step: quick Enters must never be swallowed
                button.active_effect_duration = 0
                yield button
        yield Static("", classes="hint", id="hint", markup=False)

    def draft(self):
        """What is typed, ticked or highlighted in the shown input and not yet confirmed."""
        kind = self._shape[0] if self._shape else None
        if kind == "text":
            return self.query_one("#text", TextArea).text
        if kind in ("say", "short", "typed"):
            return self.query_one("#short" if kind == "short" else "#say", Input).value
        if kind in ("multi", "checklist"):
            return list(self.query_one(MultiList).selected)
        if kind in ("choice", "scale"):
            choice = self.query_one("#choice", OptionList)
            if choice.highlighted is not None:
                return choice.get_option_at_index(choice.highlighted).id
        return None

    def on_key(self, event: events.Key) -> None:
        self.pressed = event.time  # keys the inputs pass on (Enter, Ctrl+S) come through here

    def on_mouse_down(self, event: events.MouseDown) -> None:
        self.pressed = event.time

    def answered(self, value) -> Answered:
        return self.Answered(value, self.position, self.pressed)

    def too_early(self, pressed: float | None) -> bool:
        """A press made before this question was on screen was meant for the one before."""
        return pressed is not None and pressed < self.shown_at

    async def build(self, step: Step | None, lang: str, finished: bool = False, readonly: bool = False,
                    value=None, position: str | None = None, options: list | None = None,
                    words: bool = False, typed: str | None = None) -> None:
        """Show the input for `step`, filled with `value` (an earlier answer, after Back).
        The same step drawn again (another language) keeps what was typed or ticked.
        `words`: a say-first choice whose own words come first: a text box, then the options.
        `typed`: a choice of a typed play, the client's name: one text box and no options."""
        if position != self.position:
            self.position = position
            self.shown_at = event_clock()
            self.pressed = None  # a key seen before this question counts for no later press
        ended = readonly or finished or step is None
        if ended or step is None:
            kind = "end"
        else:
            kind = "continue" if not step.needs_input else "say" if words else step.kind
            if step.kind == "cue" and not readonly:
                kind = "cue"  # Verder, and room for a short note on it
            if typed is not None and step.kind == "choice":
                kind = "typed"
            if kind == "text" and step.short:
                kind = "short"
        shape = (kind, lang, readonly, self.report_kind,
                 id(step) if step is not None and step.needs_input else None)
        self.step = step
        self.lang = lang
        if shape == self._shape and value is None:
            self.focus_input()  # same input as the step before: nothing to change
            return
        if value is None and self._shape is not None and shape[4] is not None and shape[4] == self._shape[4]:
            value = self.draft()
        self._shape = shape
        self._show_buttons(kind, lang)
        hint = self._show_input(kind, step, lang, options, typed)
        if value is not None and not ended:
            self._fill(kind, value)
        if not ended and step is not None and step.optional and step.needs_input:
            hint = (hint + " " + t("conv.optional", lang)).strip()
        if readonly:
            hint = t("conv.readonly", lang)
        hint_widget = self.query_one("#hint", Static)
        hint_widget.update(hint)
        hint_widget.display = bool(hint)
        self.focus_input()

    def _show_buttons(self, kind: str, lang: str) -> None:
        """The buttons this kind of input needs, labelled in `lang`; the others hidden."""
        report = self.report_kind
        shown = {"continue": kind in ("continue", "cue"), "confirm": kind in ("multi", "checklist"),
                 "save": kind in ("text", "say", "short", "typed"), "report": kind == "end" and bool(report),
                 "export": kind == "end", "home": kind == "end"}
        labels = {"continue": "conv.continue", "confirm": "conv.confirm",
                  "save": "typedui.send" if kind == "typed" else "conv.save",
                  "report": f"report.show.{report}", "export": "conv.export", "home": "conv.to-home"}
        for bid, visible in shown.items():
            button = self.query_one(f"#{bid}", Button)
            button.display = visible
            if visible:
                button.label = t(labels[bid], lang)

    def _show_input(self, kind: str, step: Step | None, lang: str, options: list | None,
                    name: str | None = None) -> str:
        """The one input this kind takes, empty, with the step's options; returns the hint it needs.
        `name`: the client's, in typed play."""
        choice = self.query_one("#choice", OptionList)
        multi = self.query_one("#multi", MultiList)
        text = self.query_one("#text", TextArea)
        say = self.query_one("#say", Input)
        short = self.query_one("#short", Input)
        short.display = kind == "short"
        cue = self.query_one("#cue-note", Input)
        cue.display = kind == "cue"
        choice.display = kind in ("choice", "scale")
        multi.display = kind in ("multi", "checklist")
        text.display = kind == "text"
        say.display = kind in ("say", "typed")
        hint = ""
        if step is None:  # the session ended: no input
            return hint
        if kind == "choice":
            shown = step.options if options is None else options  # the session's order
            choice.set_options([Option(o.label.get(lang), id=o.value) for o in shown])
        elif kind == "scale":
            assert step.min is not None and step.max is not None  # a scale has both (parse checks)
            choice.set_options([Option(self._scale_label(step, n, lang), id=str(n))
                                for n in range(step.min, step.max + 1)])
        elif kind in ("multi", "checklist"):
            multi.clear_options()
            multi.add_options([Selection(o.label.get(lang), o.value) for o in step.options])
            multi.highlighted = 0
            hint = t("conv.multi-hint", lang)
        elif kind == "text":
            text.text = ""
            hint = t("conv.select-all", lang)
        elif kind == "short":
            short.value = ""
            hint = t("conv.select-all", lang)
        elif kind == "cue":
            cue.value = ""
            cue.placeholder = t("conv.cue-note", lang)
            hint = t("conv.cue-note-hint", lang)
        elif kind == "say":
            say.value = ""
            say.placeholder = t("state.say-prompt", lang)
            save_key = keys.display(keymap(self.app).get("save", "ctrl+s"))
            hint = (f"{t('state.say-prompt', lang)} {t('state.say-hint', lang, save=save_key)} "
                    f"{t('conv.select-all', lang)}")
        elif kind == "typed":
            say.value = ""
            say.placeholder = t("typedui.prompt", lang, name=name)
            hint = t("typedui.hint" if self.typed_confirm else "typedui.hint-now", lang, name=name)
        if choice.display and choice.option_count:
            choice.highlighted = 0
        return hint

    def _fill(self, kind: str, value) -> None:
        if kind == "text":
            area = self.query_one("#text", TextArea)
            area.text = str(value)
            area.move_cursor(area.document.end)
        elif kind in ("say", "short", "typed"):
            line = self.query_one("#short" if kind == "short" else "#say", Input)
            line.value = str(value)
            line.cursor_position = len(line.value)
        elif kind in ("multi", "checklist"):
            multi = self.query_one(MultiList)
            for chosen in value if isinstance(value, list) else [value]:
                multi.select(chosen)
        elif kind in ("choice", "scale"):
            choice = self.query_one("#choice", OptionList)
            ids = [choice.get_option_at_index(i).id for i in range(choice.option_count)]
            if str(value) in ids:
                choice.highlighted = ids.index(str(value))

    @staticmethod
    def _scale_label(step: Step, n: int, lang: str) -> str:
        label = str(n)
        if n == step.min and step.min_label:
            label += f" — {step.min_label.get(lang)}"
        if n == step.max and step.max_label:
            label += f" — {step.max_label.get(lang)}"
        return label

    def focus_input(self) -> None:
        for widget in self.query("OptionList, TextArea, Input, Button"):
            if widget.display and not widget.disabled:
                widget.focus()
                return

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_list.id != "choice" or self.step is None or event.option.id is None:
            return
        value = event.option.id
        self.post_message(self.answered(int(value) if self.step.kind == "scale" else value))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "continue":
            event.stop()
            self.go_on()
        elif event.button.id == "confirm":
            event.stop()
            self.post_message(self.answered(list(self.query_one(MultiList).selected)))
        elif event.button.id == "save":
            event.stop()
            self.submit_text()

    def on_multi_list_confirmed(self, event: MultiList.Confirmed) -> None:
        event.stop()
        self.post_message(self.answered(list(self.query_one(MultiList).selected)))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "say":
            self.submit_words()
        elif event.input.id == "short":
            self.submit_text()
        elif event.input.id == "cue-note":
            self.go_on()

    def go_on(self) -> None:
        """Verder; at a reflection cue with the note typed there (none: just Verder)."""
        note = self.query_one("#cue-note", Input).value if self._shape and self._shape[0] == "cue" else ""
        self.post_message(self.Answered(None, self.position, self.pressed, note.strip()))

    def submit_words(self) -> None:
        self.post_message(self.Said(self.query_one("#say", Input).value, self.position, self.pressed))

    def submit_text(self) -> None:
        if self._shape and self._shape[0] in ("say", "typed"):
            self.submit_words()
            return
        if self._shape and self._shape[0] == "short":
            self.post_message(self.answered(self.query_one("#short", Input).value))
            return
        self.post_message(self.answered(self.query_one("#text", TextArea).text))

    def clear_words(self) -> None:
        """Empty the own-words box: a typed turn was taken (the same choice may be asked again)."""
        self.query_one("#say", Input).value = ""

    def restore_text(self, text: str) -> None:
        """Put a refused or unsaved text back, so nothing typed is lost. When it is still there,
        it is left alone: the cursor stays where it was, and so does the selection."""
        if self._shape and self._shape[0] == "short":
            field = self.query_one("#short", Input)
            if field.value != text:
                field.value = text
            return
        area = self.query_one("#text", TextArea)
        if area.text != text:
            area.text = text
            area.move_cursor(area.document.end)
