"""The start screen: choose a job, then a flow, or continue a session."""

from __future__ import annotations

from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from guide.base.i18n import ago, t
from guide.flows.model import JOBS, PHASES
from guide.tui import keys
from guide.tui.footer import KeyFooter
from guide.tui.screens import GuideScreen


class HomeScreen(GuideScreen):
    # Enter on a job moves to its activities at once, so an Enter typed right after it (one burst,
    # or keys typed while loading) reaches the activities and not the jobs again
    BINDINGS = [Binding("enter", "choose_job", show=False, priority=True)]

    def __init__(self) -> None:
        super().__init__(id="home")
        self.job = JOBS[0]

    def compose(self) -> ComposeResult:
        # The lists are mounted right after the first frame (see build_lists): starting stays quick.
        yield Static(id="topbar", markup=False)
        yield Static("", id="welcome", markup=False)
        yield Static("", id="home-loading", classes="hint", markup=False)
        yield Horizontal(id="home-body")
        yield KeyFooter(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.on_resize()

    async def build_lists(self) -> None:
        if self.query("#jobs"):
            return
        await self.query_one("#home-body").mount(
            Vertical(Label("", id="jobs-title", classes="section"), OptionList(id="jobs"),
                     Label("", id="resume-title", classes="section"), OptionList(id="resume"),
                     Label("", id="done-title", classes="section"), OptionList(id="done"), id="home-left"),
            Vertical(Label("", id="flows-title", classes="section"), OptionList(id="flows"),
                     Static("", id="flow-info", markup=False), id="home-right"),
        )
        self.query_one("#home-loading").display = False
        self.relabel()
        self.query_one("#jobs", OptionList).focus()

    def on_resize(self) -> None:
        self.mark_low()  # no phase line under a description: it fits
        self.relabel()

    def keys_held(self, count: int) -> None:
        """Typed while the activities load: said, and kept for the lists."""
        self.query_one("#home-loading", Static).update(
            f"{t('home.loading', self.app.lang)} {t('home.keys-held', self.app.lang, n=count)}")

    def on_screen_resume(self) -> None:
        self.refresh_lists()

    # -- text -----------------------------------------------------------------
    async def show_lang(self) -> None:
        self.relabel()

    def relabel(self) -> None:
        app = self.app
        lang = app.lang
        keys.apply(self, keys.HOME_KEYS, lang)
        title = t("app.title", lang)
        if app.participant and app.leads:  # the trainer's tab of `serve`
            title += " · " + t("home.trainer", lang)
        elif app.participant:  # a participant's tab: the id the trainer deletes this browser's work by
            title += " · " + t("home.participant", lang, id=app.participant)
        self.query_one("#topbar", Static).update(title)
        welcome = self.query_one("#welcome", Static)
        # on a small terminal one short line, so that the lists stay in view
        welcome.update(t("home.welcome" if app.size.height >= 34 else "home.welcome-short", lang,
                         quit=app.key_names()["quit"]))
        welcome.display = app.first_run
        self.query_one("#home-loading", Static).update(t("home.loading", lang))
        if not self.query("#jobs"):
            return
        self.query_one("#jobs-title", Label).update(t("home.jobs", lang))
        self.query_one("#flows-title", Label).update(t("home.flows", lang))
        self.query_one("#resume-title", Label).update(t("home.resume", lang))
        self.query_one("#done-title", Label).update(t("home.done", lang))
        jobs = self.query_one("#jobs", OptionList)
        jobs.set_options([Option(t("job." + j, lang), id=j) for j in JOBS])
        jobs.highlighted = JOBS.index(self.job)
        self.refresh_lists()

    def refresh_lists(self) -> None:
        app = self.app
        lang = app.lang
        if not self.query("#flows"):
            return
        flows = self.query_one("#flows", OptionList)
        info = self.query_one("#flow-info", Static)
        if app.lib is None:
            flows.set_options([Option(t("home.loading", lang), disabled=True)])
            return
        options = self._flow_options(lang) or [Option(t("home.no-flows", lang), disabled=True)]
        flows.set_options(options)
        flows.highlighted = 0 if options and not options[0].disabled else None
        info.update("")
        self._fill_sessions("#resume", "active", self._resume_row, t("home.no-resume", lang))
        self._fill_sessions("#done", "finished", self._done_row, t("home.no-done", lang))

    def _flow_options(self, lang: str) -> list[Option]:
        """The flows of this job, one-phase flows first, in phase order; a broken one marked with ⚠."""
        lib = self.app.lib
        if lib is None:  # the flows are still loading
            return []

        def order(f):
            flow = f.flow
            if flow is None or not flow.phases:
                return (9, 9, str(f.path))
            return (len(flow.phases) > 1, PHASES.index(flow.phases[0].id), flow.title.get(lang))

        options = []
        for f in sorted(lib.files, key=order):
            flow = f.flow
            if flow is None:
                if self.job == JOBS[0]:
                    options.append(Option(f"⚠ {f.path.name} — {t('home.broken', lang, n=len(f.errors))}",
                                          id=f"!{f.path}"))
                continue
            if self.job not in flow.jobs:
                continue
            # a second file with an id already taken, or a flow that (or whose called flow) has errors
            if lib.flows.get(flow.id) is not flow or not lib.runnable(flow.id):
                options.append(Option(f"⚠ {flow.title.get(lang)} — "
                                      f"{t('home.broken', lang, n=len(f.errors) or 1)}",
                                      id=f"!{f.path}"))
            else:
                options.append(Option(flow.title.get(lang), id=flow.id))
        return options

    def _resume_row(self, s, title: str) -> str:
        lang = self.app.lang
        phase = t("phase." + s.phase, lang) if s.phase else "-"
        return t("home.resume-row", lang, label=s.label, flow=title, phase=phase, ago=ago(s.updated, lang))

    def _done_row(self, s, title: str) -> str:
        from guide.artefacts import markup  # deferred: it loads markdown-it, not needed for the first frame

        return t("home.done-row", self.app.lang, label=s.label, flow=title, when=markup.when(s.updated))

    def _fill_sessions(self, list_id: str, status: str, row, empty: str) -> None:
        """One list of the store's sessions (newest 50), or a disabled line saying there are none."""
        app = self.app
        rows = []
        if app.store is not None and app.lib is not None:  # the library loads before the store opens
            for s in app.store.list(status=status, limit=50):
                flow = app.lib.flows.get(s.flow_id)
                rows.append(Option(row(s, flow.title.get(app.lang) if flow else s.flow_id), id=str(s.id)))
        if not rows:
            rows = [Option(empty, disabled=True)]
        options = self.query_one(list_id, OptionList)
        options.set_options(rows)
        options.highlighted = 0 if not rows[0].disabled else None
        # a list that only says it is empty is passed over by Tab (a new user would land on nothing)
        options.can_focus = not rows[0].disabled
        options.set_class(rows[0].disabled, "empty")  # "none" takes one line: the room goes to the other
        if options.has_focus and not options.can_focus:
            self.query_one("#jobs", OptionList).focus()

    def action_group_view(self) -> None:
        if self.app.lib is not None and self.app.store is not None:
            self.app.open_group_view()

    # -- choosing ---------------------------------------------------------------
    def action_choose_job(self) -> None:
        found = self.query("#jobs")
        jobs = found.first(OptionList) if found else None
        if jobs is None or self.focused is not jobs or jobs.highlighted is None:
            raise SkipAction()  # Enter does what it does elsewhere
        job = JOBS[jobs.highlighted]
        if job != self.job:
            self.job = job
            self.refresh_lists()
        self.set_focus(self.query_one("#flows", OptionList))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "jobs" and event.option.id and event.option.id != self.job:
            self.job = event.option.id
            self.refresh_lists()
        elif event.option_list.id == "flows":
            self.show_info(event.option.id)

    def show_info(self, option_id: str | None) -> None:
        app = self.app
        lang = app.lang
        info = self.query_one("#flow-info", Static)
        if not option_id or app.lib is None:
            info.update("")
            return
        if option_id.startswith("!"):
            path = option_id[1:]
            f = next((f for f in app.lib.files if str(f.path) == path), None)
            problems = f.errors if f else []
            if f is not None and f.flow is not None and not problems:
                problems = [p for g in app.lib.files for p in g.errors]
            lines = [t("home.broken-hint", lang, path=path)]
            lines += [p.format(lang) for p in problems[:5]]
            info.update("\n".join(lines))
            return
        flow = app.lib.flows.get(option_id)
        if flow is not None:
            text = flow.description.get(lang) if flow.description else ""
            if not self.has_class("-low"):  # on a low terminal the description alone: the stepper shows them
                text += "\n\n" + " › ".join(t("phase." + p.id, lang) for p in flow.phases)
            info.update(text.strip())

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id
        if event.option_list.id == "jobs":
            self.query_one("#flows", OptionList).focus()
        elif event.option_list.id == "flows" and option_id and not option_id.startswith("!"):
            self.app.start_flow(option_id, self.job)
        elif event.option_list.id == "flows" and option_id:
            self.show_info(option_id)
        elif event.option_list.id == "resume" and option_id:
            self.app.resume_session(int(option_id))
        elif event.option_list.id == "done" and option_id:
            from guide.tui.finished import FinishedScreen  # deferred: it loads the exports and markdown-it

            self.app.push_screen(FinishedScreen(int(option_id)))
