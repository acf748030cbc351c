"""The trainer's group view for a projector: per moment how many chose what, what the client
thought, and the group's scores per krachtlijn. Large digits, few words, counts only.

Pages: the overview, then one page per moment (each choice of the scenario, in flow order),
then the scores. → / ← go through them, o shows the overview, k the scores.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Digits, Footer, Label, OptionList, Static
from textual.widgets.option_list import Option

from guide.artefacts import reports
from guide.base import paths
from guide.base.errors import StoreError
from guide.base.files import write_pages
from guide.base.i18n import t
from guide.classroom import group, group_page
from guide.flows.model import text_in
from guide.tui import keys
from guide.tui.screens import LOW_ROWS, GuideModal, GuideScreen


def _cut(text: str, room: int) -> str:
    return text if len(text) <= room else text[: max(1, room - 1)] + "…"


class GroupPickScreen(GuideModal[tuple[str, str] | None]):
    """Choose a training, then one of its scenarios."""

    BINDINGS = [Binding("escape", "back", show=False)]

    def __init__(self) -> None:
        super().__init__(id="group-pick")
        self.code: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label("", id="pick-title", classes="dialog-title")
            yield OptionList(id="pick-list")
            yield Static("", id="pick-empty", classes="hint", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(t("help.close", self.app.lang), id="close")

    def on_mount(self) -> None:
        store = self.app.group_store()
        self.known: list[tuple[str, list[tuple[str, int]]]] = (  # (training, [(flow, sessions)])
            group.trainings(store, self.app.lib) if store is not None and self.app.lib else [])
        self.show_trainings()

    def show_trainings(self) -> None:
        lang = self.app.lang
        self.code = None
        self.query_one("#pick-title", Label).update(t("group.pick-training", lang))
        rows = [Option(t("group.training-row", lang, code=code, n=sum(n for _f, n in flows)), id=code)
                for code, flows in self.known]
        listing = self.query_one("#pick-list", OptionList)
        listing.set_options(rows)
        listing.display = bool(rows)
        empty = self.query_one("#pick-empty", Static)
        empty.update("" if rows else t("group.none", lang))
        empty.display = not rows
        if rows:
            listing.highlighted = 0
            listing.focus()
        else:
            self.query_one("#close").focus()

    def show_flows(self, code: str) -> None:
        lang = self.app.lang
        assert self.app.lib is not None  # the trainings came from it (on_mount)
        flows = dict(self.known).get(code, [])
        if len(flows) == 1:
            self.dismiss((code, flows[0][0]))
            return
        self.code = code
        self.query_one("#pick-title", Label).update(t("group.pick-flow", lang, code=code))
        listing = self.query_one("#pick-list", OptionList)
        listing.set_options([Option(t("group.flow-row", lang, title=self.app.lib.flows[fid].title.get(lang),
                                      n=n),
                                    id=fid) for fid, n in flows])
        listing.highlighted = 0
        listing.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is None:  # every row here has one
            return
        if self.code is None:
            self.show_flows(event.option.id)
        else:
            self.dismiss((self.code, event.option.id))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_back(self) -> None:
        if self.code is not None:
            self.show_trainings()
        else:
            self.dismiss(None)


class PresenterScreen(GuideScreen):
    CSS_PATH = Path(__file__).parent / "presenter.tcss"  # read when the screen first opens
    KEY_SPEC = keys.PRESENTER_KEYS  # F1 lists these

    def __init__(self, training: str, flow_id: str) -> None:
        super().__init__(id="presenter")
        self.training = training
        self.flow_id = flow_id
        self.page = 0  # 0: overview, 1..n: the moments, n+1: the scores
        self.view: group.GroupView | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="topbar", markup=False)
        yield Static("", id="p-head", markup=False)
        yield VerticalScroll(id="p-body")
        yield Footer(compact=True, show_command_palette=False)

    async def on_mount(self) -> None:
        self.view = group.build(self.app.group_store(), self.app.lib, self.training, self.flow_id)
        await self.render_all()

    @property
    def last(self) -> int:
        return len(self.view.moments) + 1 if self.view else 0

    async def show_lang(self) -> None:
        await self.render_all()

    async def render_all(self) -> None:
        """Draw the current page (also after a language switch)."""
        lang = self.app.lang
        keys.apply(self, keys.PRESENTER_KEYS, lang)
        self.set_class(self.app.size.height < LOW_ROWS, "compact")
        view = self.view
        title = view.flow.title.get(lang) if view else self.flow_id
        self.query_one("#topbar", Static).update(f"{t('group.title', lang)} · {self.training} · {title}")
        body = self.query_one("#p-body", VerticalScroll)
        await body.remove_children()
        if view is None:
            return
        if self.page == 0:
            await self._overview(body, view, lang)
        elif self.page <= len(view.moments):
            await self._moment(body, view, lang, self.page)
        else:
            await self._scores(body, view, lang)
        body.scroll_home(animate=False)

    # -- pages --------------------------------------------------------------------
    async def _overview(self, body: VerticalScroll, view: group.GroupView, lang: str) -> None:
        self.query_one("#p-head", Static).update(Text(t("group.overview", lang).upper(), style="bold"))
        width = self.app.size.width
        rows = []
        for n, m in enumerate(view.moments, 1):
            counts = (
                ""
                if view.too_small
                else "  ".join(f"{group.letter(i)} {c}" for i, (_o, c) in enumerate(m.counts))
            )
            text = Text(f"{n:>2}  ", style="bold")
            room = max(12, width - len(counts) - 14)
            text.append(_cut(text_in(m.step.text, lang), room).ljust(room))
            text.append("  " + counts, style="bold")
            rows.append(Option(text, id=f"m{n}"))
        rows.append(Option(Text(f"{' ':>2}  {t('report.scores', lang)}", style="bold"), id="scores"))
        facts = Horizontal(Digits(str(view.sessions), id="p-total"),
                           Static(Text.assemble((t("group.sessions", lang, n=view.sessions,
                                                   done=view.finished)
                                                 + "\n", "bold"), self._privacy(view, lang)),
                                  id="p-facts"), id="p-summary")
        listing = OptionList(*rows, id="p-moments")
        await body.mount_all([facts, listing])
        listing.highlighted = 0
        listing.focus()

    def _privacy(self, view: group.GroupView, lang: str) -> Text:
        """What the view leaves out to stay anonymous; for a small group, loudly."""
        if view.too_small:
            return Text(group_page.too_small(view, lang), style="bold reverse")
        return Text(t("group.anonymous", lang))

    async def _moment(self, body: VerticalScroll, view: group.GroupView, lang: str, n: int) -> None:
        m = view.moments[n - 1]
        head = Text(t("group.moment", lang, n=n, total=len(view.moments)).upper(), style="bold")
        if not view.too_small:
            head.append("   " + t("group.answered", lang, n=m.answered, total=view.sessions))
        self.query_one("#p-head", Static).update(head)
        width = self.app.size.width
        parts: list[Widget] = [Static(Text(text_in(m.step.text, lang), style="bold"), classes="p-question")]
        if view.too_small:  # the options to talk about, nothing counted
            parts.append(Static(self._privacy(view, lang), classes="p-before"))
            for i, (option, _count) in enumerate(m.counts):
                think = Text(f"{t('group.thought', lang)}: ", style="bold")
                think.append(option.think.get(lang) if option.think else "–", style="italic")
                parts.append(Horizontal(
                    Static(group.letter(i), classes="p-letter"),
                    Vertical(Static(Text(option.label.get(lang), style="bold"), classes="p-label"),
                             Static(think, classes="p-think"), classes="p-text"),
                    classes="p-option"))
            await body.mount_all(parts)
            body.focus()
            return
        for line, seen in m.before:
            said = Text(f"{t('group.said', lang, name=line.speaker or group_page.client_name(view, lang))} "
                        f"({t('group.seen', lang, n=seen)}): ", style="bold")
            said.append(f"“{text_in(line.say, lang)}”")
            if line.think:
                said.append(f"  {t('group.thought', lang)}: ", style="bold")
                said.append(line.think.get(lang), style="italic")
            parts.append(Static(said, classes="p-before"))
        if not m.answered:
            parts.append(Static(t("group.nobody", lang), classes="p-before"))
        if m.moves:  # the kinds of own turns typed here, counted
            parts.append(Static(Text(group_page.moves_text(m, lang)), id="p-moves", classes="p-before"))
        most = max((c for _o, c in m.counts), default=0) or 1
        room = max(10, width - 16)
        for i, (option, count) in enumerate(m.counts):
            bar = Text("█" * round(room * count / most) if count else "▏", style="bold")
            think = Text(f"{t('group.thought', lang)}: ", style="bold")
            think.append(option.think.get(lang) if option.think else "–", style="italic")
            parts.append(Horizontal(
                Static(group.letter(i), classes="p-letter"),
                Digits(str(count), classes="p-count"),
                Vertical(Static(bar, classes="p-bar"), Static(Text(option.label.get(lang), style="bold"),
                                                             classes="p-label"),
                         Static(think, classes="p-think"), classes="p-text"),
                classes="p-option"))
        await body.mount_all(parts)
        body.focus()

    async def _scores(self, body: VerticalScroll, view: group.GroupView, lang: str) -> None:
        self.query_one("#p-head", Static).update(
            Text(t("group.scores", lang, n=view.finished).upper(), style="bold"))
        if view.too_small:
            await body.mount(Static(self._privacy(view, lang), classes="p-before"))
            body.focus()
            return
        lib = self.app.lib
        assert lib is not None  # the view was built from it
        rows = group_page.chart_rows(view, lib, lang)
        room = max(40, self.app.size.width - 8)  # the whole width: whole names where they fit
        chart = Text(reports.terminal_chart(rows, lang, room=room, width=max(10, min(40, room // 4))),
                     style="bold")
        parts = [Static(chart, id="p-chart")]
        if not view.finished:
            parts.append(Static(t("group.no-scores", lang), classes="p-before"))
        parts.append(Static(t("group.scores-note", lang), classes="hint"))
        await body.mount_all(parts)
        body.focus()

    # -- keys -----------------------------------------------------------------------
    async def go(self, page: int) -> None:
        page = max(0, min(self.last, page))
        if page != self.page:
            self.page = page
            await self.render_all()

    async def action_next(self) -> None:
        await self.go(self.page + 1)

    async def action_previous(self) -> None:
        await self.go(self.page - 1)

    async def action_overview(self) -> None:
        await self.go(0)

    async def action_scores(self) -> None:
        await self.go(self.last)

    async def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id == "scores":
            await self.go(self.last)
        elif event.option.id and event.option.id.startswith("m"):
            await self.go(int(event.option.id[1:]))

    async def on_resize(self) -> None:
        await self.render_all()

    def action_close(self) -> None:
        self.app.pop_screen()

    def action_export(self) -> None:
        lang = self.app.lang
        if self.view is None or self.app.lib is None:  # nothing on screen to export
            return
        target = group.export_path(paths.data_dir(self.app.data_dir), self.training, self.flow_id, "html",
                                   lang)
        try:
            write_pages(target, group_page.page(self.view, self.app.lib, lang),
                        group_page.markdown(self.view, self.app.lib, lang))
        except StoreError as exc:
            self.app.notify(t(exc.code, lang, **exc.params), severity="error", timeout=10)
            return
        self.app.notify(t("group.exported", lang, path=target), timeout=10)
