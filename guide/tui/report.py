"""The report screen: the intake plan, the debrief or the reflection report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Button, Markdown, Static

from guide.artefacts import export, ownwords, reports, statechart
from guide.base.i18n import t
from guide.tui import keys
from guide.tui.footer import KeyFooter
from guide.tui.modals import MeantScreen
from guide.tui.screens import LOW_ROWS, GuideScreen

if TYPE_CHECKING:
    from guide.storage.sessions import Conversation


class ReportScreen(GuideScreen):
    CSS_PATH = Path(__file__).parent / "report.tcss"  # read when the screen first opens
    BINDINGS = [Binding("escape", "close", show=False)]
    conv: Conversation

    def __init__(self, conv: Conversation, owns_conv: bool = False) -> None:
        super().__init__(id="report")
        self.chart_rows: list[tuple[str, int | None, int | None]] = []  # reports.chart_rows
        self.moments: list[ownwords.Moment] = []  # say-first moments, in the order shown
        self.conv = conv
        self.owns_conv = owns_conv  # opened from home: close the session with the screen

    def on_unmount(self) -> None:
        if self.owns_conv:
            self.conv.close()

    def compose(self) -> ComposeResult:
        yield Static(id="topbar", markup=False)
        with VerticalScroll(id="report-body"):
            yield Static("", id="early", markup=False)
            yield Static("", id="state-chart", markup=False)
            yield Static("", id="chart", markup=False)
            yield Markdown("", id="report-md", open_links=False)
            yield Vertical(id="own-words")  # the own words, their reading and "that's not what I meant"
            yield Markdown("", id="report-md-after", open_links=False)
        yield KeyFooter(compact=True, show_command_palette=False)

    async def on_mount(self) -> None:
        await self.render_all()
        self.query_one("#report-body").focus()

    async def show_lang(self) -> None:
        await self.render_all()

    async def render_all(self) -> None:
        app = self.app
        lang = app.lang

        keys.apply(self, keys.REPORT_KEYS, lang)
        store = self.conv.store  # the app's store, which opened this session
        session = store.get(self.conv.session.id) or self.conv.session  # deleted meanwhile: as it was opened
        report = export.build(session, self.conv.lib, store.notes(session.id), lang, store)
        kind = report.kind or "debrief"
        self.query_one("#topbar", Static).update(f"{t('app.title', lang)} — "
                                                 f"{t('report.title.' + kind, lang)} · {session.label}")
        self.chart_rows = report.chart_rows
        self.draw_chart()
        early = self.query_one("#early", Static)
        early.update(f"{t('state.early', lang)}\n{report.early}" if report.early else "")
        early.display = bool(report.early)
        states = self.query_one("#state-chart", Static)
        states.update(statechart.terminal(report.state_chart, lang) if report.state_chart else "")
        states.display = report.state_chart is not None
        # without the full record; the own words in between, as widgets a learner can correct
        text = report.screen_after_early
        section = "\n".join(ownwords.said_markdown(report.moments, lang))
        before, _, after = text.partition(section) if section and section in text else (text, "", "")
        await self.query_one("#report-md", Markdown).update(before)
        after_md = self.query_one("#report-md-after", Markdown)
        await after_md.update(after)
        after_md.display = bool(after.strip())
        await self.show_own_words(report.moments if section in text else [], lang)

    async def show_own_words(self, moments: list, lang: str) -> None:
        """Per moment: the question, your words, how they were read (and what you meant), your choice
        and the best option, with a button to say the reading is wrong. In a typed play: every typed
        turn, the option it was understood as (or "iets anders"), the best one and what the client
        thought then; the mirror of the turns follows (in the Markdown after)."""
        self.moments = moments
        box = self.query_one("#own-words", Vertical)
        await box.remove_children()
        box.display = bool(moments)
        if not moments:
            return
        typed_play = any(m.thought is not None for m in moments)  # a typed play: every turn, and the thought
        title, note = ("typed.title", "typed.note") if typed_play else ("state.compare", "state.compare-note")
        parts: list[Static | Button] = [Static(t(title, lang), classes="own-title", markup=False),
                                        Static(t(note, lang), classes="own-note", markup=False)]
        for n, m in enumerate(moments):
            words = m.words or t("state.said-nothing", lang)
            lines = [f"{n + 1}. {m.question}",
                     f"{t('typed.turn' if typed_play else 'state.own-words', lang)}: “{words}”",
                     f"{t('words.read-as', lang)}: {ownwords.reading_text(m, lang)}",
                     f"{t('typed.matched' if typed_play else 'state.chosen', lang)}: {m.chosen}",
                     f"{t('state.best', lang)}: {ownwords.best_text(m, lang)}"]
            if typed_play:
                lines.append(f"{t('typed.thought', lang)}: {m.thought or '–'}")
            parts.append(Static("\n".join(lines), id=f"own-{n}", classes="own-moment", markup=False))
            if m.reading is not None:
                parts.append(Button(t("words.not-meant", lang), id=f"not-meant-{n}", classes="not-meant"))
        await box.mount_all(parts)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        name = event.button.id or ""
        if not name.startswith("not-meant-"):
            return
        event.stop()
        moment = self.moments[int(name.removeprefix("not-meant-"))]

        async def meant(move: str | None) -> None:
            if move is None:
                return
            if self.app.store is not None:
                self.app.store.correct_move(self.conv.session.id, moment.key, move or None)
            await self.render_all()

        self.app.push_screen(MeantScreen(moment.words, moment.meant is not None), meant)

    def draw_chart(self) -> None:
        """The bars fit the width there is (the scroll bar and padding take 4 columns); on a low
        terminal the krachtlijnen not tested share one line, so the chart leaves room for the rest."""
        rows = self.chart_rows
        chart = self.query_one("#chart", Static)
        low = self.app.size.height < LOW_ROWS
        text = reports.terminal_chart(rows, self.app.lang, self.size.width - 4, fold=low) if rows else ""
        chart.update(text)
        chart.display = bool(rows)

    def on_resize(self) -> None:
        self.draw_chart()

    def action_close(self) -> None:
        self.app.pop_screen()

    def action_export(self) -> None:
        self.app.export_session(self.conv)
