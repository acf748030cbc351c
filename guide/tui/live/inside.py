"""After the play: the coach writes the binnenkant of each moment."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option

from guide.base.errors import AnswerError, StoreError
from guide.base.i18n import t
from guide.classroom import live
from guide.tui import keys
from guide.tui.footer import KeyFooter
from guide.tui.live.base import LiveBase
from guide.tui.live.debrief import LiveDebriefScreen
from guide.tui.widgets import TextBox


class InsideScreen(LiveBase):
    """After the play: the coach writes the binnenkant per moment, in their own words."""

    KEY_SPEC = keys.LIVE_INSIDE_KEYS
    AUTO_FOCUS = "#live-inside-text"  # right after the play, typing goes into the editor

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.editing: int | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="topbar", markup=False)
        yield Static(id="live-inside-hint", classes="live-hint", markup=False)
        with Horizontal():
            yield OptionList(id="live-inside-moments")
            with Vertical():
                yield Static(id="live-inside-said", markup=False)
                yield TextBox(id="live-inside-text", soft_wrap=True)
        yield KeyFooter(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        super().on_mount()
        self.set_focus(self.query_one("#live-inside-text", TextArea))  # now, not after the next key

    def show(self) -> None:
        lang = self.lang
        self.query_one("#topbar", Static).update(f"{t('live.inside.title', lang)} · {self.shown.code}")
        self.query_one("#live-inside-hint", Static).update(t("live.inside.hint", lang, key="Ctrl+S"))
        moments = self.query_one("#live-inside-moments", OptionList)
        played = [m for m in self.moments if m.index <= self.shown.current]  # the last one was played too
        rows = [Option(("✓ " if m.index in self.shown.inside else "  ")
                       + t("live.moment", lang, n=m.index + 1), id=str(m.index)) for m in played]
        keep = moments.highlighted
        moments.set_options(rows)
        if rows:
            moments.highlighted = keep if keep is not None and keep < len(rows) else 0
            if self.editing is None:
                self.open_moment(0)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "live-inside-moments" and event.option.id is not None:
            index = int(event.option.id)
            if index != self.editing:
                self.open_moment(index)

    def open_moment(self, index: int) -> None:
        self.editing = index
        m = next((m for m in self.moments if m.index == index), None)
        said = " ".join(s.say.get(self.lang) for s in m.lines if s.say) if m else ""
        self.query_one("#live-inside-said", Static).update(f"{t('live.moment', self.lang, n=index + 1)}: "
                                                           f"«{said}»")
        self.query_one("#live-inside-text", TextArea).load_text(self.shown.inside.get(index, ""))

    def action_save(self) -> None:
        if self.editing is None:
            return
        text = self.query_one("#live-inside-text", TextArea).text
        had = self.editing in self.shown.inside
        try:
            live.set_inside(self.store, self.play_id, self.editing, text)
        except (AnswerError, StoreError) as exc:  # the text stays in the editor, nothing is saved
            self.notify(t(exc.code, self.lang, **exc.params), severity="error", timeout=10)
            return
        # said only now that it is on disk; an empty editor saves nothing and says so
        key = "live.inside.saved" if text.strip() else "live.inside.removed" if had else "live.inside.empty"
        self.notify(t(key, self.lang, n=self.editing + 1))
        self.reload()

    def action_debrief(self) -> None:
        self.app.push_screen(LiveDebriefScreen(self.play_id, self.role_id, self.role))
