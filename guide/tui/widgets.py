"""Small widgets: transcript messages, the phase stepper, the answer area."""

from __future__ import annotations

from rich.text import Text as RichText
from textual.containers import Horizontal, Vertical
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Button, OptionList, SelectionList, Static, TextArea
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from guide.i18n import t
from guide.model import PHASES, Step


class Msg(Static):
    """One message in the transcript. The CSS class says who speaks."""

    def __init__(self, who: str, title: str, body: str, extra: str = "") -> None:
        text = RichText()
        if title:
            text.append(title + "\n", style="bold")
        text.append(body)
        if extra:
            text.append("\n" + extra, style="italic")
        super().__init__(text, classes=f"msg {who}")


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


class AnswerArea(Vertical):
    """Builds the right input for a step and posts Answered."""

    class Answered(Message):
        def __init__(self, value) -> None:
            super().__init__()
            self.value = value

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.step: Step | None = None
        self.lang = "nl"

    async def build(self, step: Step | None, lang: str, finished: bool = False, readonly: bool = False) -> None:
        self.step = step
        self.lang = lang
        await self.remove_children()
        widgets = list(self._widgets(step, lang, finished, readonly))
        await self.mount_all(widgets)
        for ol in self.query(OptionList):
            if ol.option_count:
                ol.highlighted = 0
        self.focus_input()

    def focus_input(self) -> None:
        for widget in self.query("OptionList, SelectionList, TextArea, Button"):
            if widget.display and not widget.disabled:
                widget.focus()
                return

    def _widgets(self, step, lang, finished, readonly):
        if readonly or finished or step is None:
            if readonly:
                yield Static(t("conv.readonly", lang), classes="hint", markup=False)
            yield Horizontal(
                Button(t("conv.export", lang), id="export", variant="primary"),
                Button(t("conv.to-home", lang), id="home"),
                classes="buttons",
            )
            return
        kind = step.kind
        hint = t("conv.optional", lang) if step.optional and step.needs_input else ""
        if kind == "choice":
            yield OptionList(*[Option(o.label.get(lang), id=o.value) for o in step.options], id="choice")
        elif kind == "scale":
            options = []
            for n in range(step.min, step.max + 1):
                label = str(n)
                if n == step.min and step.min_label:
                    label += f" — {step.min_label.get(lang)}"
                if n == step.max and step.max_label:
                    label += f" — {step.max_label.get(lang)}"
                options.append(Option(label, id=str(n)))
            yield OptionList(*options, id="scale")
        elif kind in ("multi", "checklist"):
            yield MultiList(*[Selection(o.label.get(lang), o.value) for o in step.options], id="multi")
            hint = (t("conv.multi-hint", lang) + " " + hint).strip()
            yield Button(t("conv.confirm", lang), id="confirm", variant="primary")
        elif kind == "text":
            area = TextArea(id="text", soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
            area.cursor_blink = self.app.blink
            yield area
            yield Button(t("conv.save", lang), id="save", variant="primary")
        else:
            yield Button(t("conv.continue", lang), id="continue", variant="primary")
        if hint:
            yield Static(hint, classes="hint", markup=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        value = event.option.id
        self.post_message(self.Answered(int(value) if event.option_list.id == "scale" else value))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "continue":
            event.stop()
            self.post_message(self.Answered(None))
        elif event.button.id == "confirm":
            event.stop()
            self.post_message(self.Answered(list(self.query_one(SelectionList).selected)))
        elif event.button.id == "save":
            event.stop()
            self.submit_text()

    def on_multi_list_confirmed(self, event: MultiList.Confirmed) -> None:
        event.stop()
        self.post_message(self.Answered(list(self.query_one(SelectionList).selected)))

    def submit_text(self) -> None:
        areas = self.query(TextArea)
        if areas:
            self.post_message(self.Answered(areas.first().text))

    def restore_text(self, text: str) -> None:
        """Put a refused or unsaved text back, so nothing typed is lost."""
        areas = self.query(TextArea)
        if areas:
            areas.first().text = text
