"""The worker's, the coach's and an observer's own screens during a live play."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Label, Markdown, OptionList, Static
from textual.widgets.option_list import Option

from guide.base.errors import AnswerError, StoreError
from guide.base.i18n import t
from guide.classroom import live
from guide.flows.model import KRACHTLIJNEN
from guide.tui import keys
from guide.tui.footer import KeyFooter
from guide.tui.live.base import LiveBase
from guide.tui.live.debrief import LiveDebriefScreen
from guide.tui.live.inside import InsideScreen
from guide.tui.live.trainer import cue_text
from guide.tui.widgets import Field


class WorkerScreen(LiveBase):
    KEY_SPEC = keys.LIVE_VIEW_KEYS

    def compose(self) -> ComposeResult:
        yield from self.compose_moment("live-worker-hint")  # the client and the prompt only: nothing to mark
        yield KeyFooter(compact=True, show_command_palette=False)

    def show(self) -> None:
        self.show_moment()
        self.query_one("#live-worker-hint", Static).update("\n" + t("live.worker.hint", self.lang))

    def after_screen(self):
        return LiveDebriefScreen(self.play_id, self.role_id, self.role)


class CoachScreen(LiveBase):
    KEY_SPEC = keys.LIVE_VIEW_KEYS

    def compose(self) -> ComposeResult:
        yield Static(id="topbar", markup=False)
        with VerticalScroll(classes="live-col"):
            yield Static(id="live-now", classes="live-col-title", markup=False)
            yield Static(id="live-cues", markup=False)
            yield Label(t("live.coach.sheet", self.app.lang), classes="section")
            yield Markdown("", id="live-sheet", open_links=False)
        yield KeyFooter(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        super().on_mount()
        flow = self.lib.flows.get(self.play.flow_id) if self.play else None
        sheet = self.lib.card_text(flow.coach_card, self.lang) if flow and flow.coach_card else None
        self.query_one("#live-sheet", Markdown).update(sheet or "")

    def show(self) -> None:
        m = self.moment
        self.query_one("#topbar", Static).update(self.heading())
        self.query_one("#live-now", Static).update(self.moment_name())
        cues = live.coach_cues(m, self.lang) if m else []
        self.query_one("#live-cues", Static).update(cue_text(cues))

    def after_screen(self):
        return InsideScreen(self.play_id, self.role_id, self.role)


class ObserverScreen(LiveBase):
    KEY_SPEC = keys.LIVE_VIEW_KEYS

    def compose(self) -> ComposeResult:
        yield from self.compose_moment("live-mine")
        yield Static(id="live-observe-hint", classes="live-hint", markup=False)
        # too long: said when it is counted, never cut
        yield Field(placeholder=t("live.observe.note", self.app.lang), id="live-note")
        yield OptionList(id="live-lines", classes="live-pick")
        yield KeyFooter(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#live-lines", OptionList).set_options(
            [Option(f"{n:>2} {live.krachtlijn_name(self.lib, n, self.lang)}", id=str(n))
             for n in range(1, len(KRACHTLIJNEN) + 1)])
        self.query_one("#live-lines", OptionList).highlighted = 0
        self.query_one("#live-note", Input).focus()

    def show(self) -> None:
        lang = self.lang
        self.show_moment()
        mine: dict[int, int] = {}
        for mark in self.shown.marks:
            if mark.role_id == self.role_id and mark.moment == self.shown.current:
                mine[mark.krachtlijn] = mine.get(mark.krachtlijn, 0) + 1
        tally = ", ".join(f"{n}×{c}" for n, c in sorted(mine.items())) or "–"
        self.query_one("#live-mine", Static).update("\n" + t("live.observe.mine", lang, tally=tally))
        self.query_one("#live-observe-hint", Static).update(t("live.observe.hint", lang))

    def after_screen(self):
        return LiveDebriefScreen(self.play_id, self.role_id, self.role)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#live-lines", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id != "live-lines":
            return
        event.stop()
        if event.option.id is None:
            return
        n = int(event.option.id)
        note = self.query_one("#live-note", Input)
        moment = self.shown.current
        try:
            live.add_mark(self.store, self.play_id, self.role_id, moment, n, note.value)
        except (AnswerError, StoreError) as exc:  # the note stays in its field, nothing is counted
            self.notify(t(exc.code, self.lang, **exc.params), severity="error", timeout=10)
            note.focus()
            return
        note.value = ""
        note.focus()
        self.notify(t("live.observe.saved", self.lang, n=n, moment=moment + 1))
        self.reload()
