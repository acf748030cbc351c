"""Live role-play screens: start or join, the trainer's side-by-side view (for a projector),
the worker's, coach's and observer's own screens, the coach's binnenkant, the live debrief.

Every screen follows the others (other processes, other tabs) by asking the store's
`PRAGMA data_version` on a timer and reading the play again only when it changed.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding, BindingsMap
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Footer, Input, Label, Markdown, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from guide.base import paths
from guide.base.errors import AnswerError
from guide.base.files import make_private_dir, write_private
from guide.base.i18n import t
from guide.classroom import live
from guide.flows.model import KRACHTLIJNEN
from guide.storage.store import StoreError
from guide.tui.screens import GuideScreen

POLL_S = 0.5  # how often a screen asks whether anything changed (a few microseconds each time)

CSS = """
.live-code { height: 5; border: heavy $accent; content-align: center middle; text-style: bold;
             color: $accent; width: 40%; min-width: 26; }
.-small .live-code { height: 3; }
.-small #live-code-hint { display: none; }
.-small .live-pick { max-height: 6; }
.-small #live-side { height: 3; }
.-small #live-closest-title { margin: 0; }
#live-head { height: auto; }
#live-side { width: 1fr; height: 5; padding: 0 1; }
.live-col { width: 1fr; border: round $panel; padding: 0 1; height: 1fr; }
.live-col-title { text-style: bold; color: $secondary; }
.live-pick { height: auto; max-height: 9; }
.live-hint { color: $text-muted; height: auto; }
#live-entry-body { height: 1fr; padding: 0 1; }
#live-entry-body > Vertical { width: 1fr; padding: 0 1; }
#live-roles Button { width: 100%; margin: 0 0 1 0; }
#live-note { margin: 0 0 1 0; }
#live-inside-moments { width: 30%; min-width: 20; }
#live-inside-text { height: 1fr; }
"""


def _spec(*items):
    return [(bid, key, action, desc, True) for bid, key, action, desc in items]


def _apply(node, spec, lang: str) -> None:
    """As keys.apply; Save waits its turn, so the letters typed just before it are saved too."""
    merged = dict(type(node)._merge_bindings().key_to_bindings)
    merged.update(BindingsMap([Binding(key, action, t(desc, lang), show=show, id=bid, priority=bid != "live-save")
                               for bid, key, action, desc, show in spec]).key_to_bindings)
    node._bindings = BindingsMap.from_keys(merged)
    node.refresh_bindings()


class LiveBase(GuideScreen):
    """Reads the play, and again whenever another process wrote to the store."""

    DEFAULT_CSS = CSS
    SCOPED_CSS = False  # the rules follow the screen's own class (-small at 80x24)
    KEYS: list = []

    def __init__(self, play_id: int, role_id: int, role: str) -> None:
        super().__init__(classes="live")
        self.play_id, self.role_id, self.role = play_id, role_id, role
        self.version: int | None = None
        self.play: live.Play | None = None
        self.moments: list[live.Moment] = []
        self.end = None

    @property
    def lang(self) -> str:
        return self.app.lang

    @property
    def lib(self):
        return self.app.lib

    @property
    def store(self):
        return self.app.store

    @property
    def moment(self) -> live.Moment | None:
        """The moment being played now (None once every choice is marked and no lines are left)."""
        if self.play is None:
            return None
        return next((m for m in self.moments if m.index == self.play.current), None)

    def on_mount(self) -> None:
        _apply(self, self.KEYS, self.lang)
        self.reload()
        self.set_interval(POLL_S, self.poll)
        if self.query("#live-closest"):
            self.query_one("#live-closest").focus()

    def poll(self) -> None:
        if self.store is None:
            return
        version = live.data_version(self.store)
        if version != self.version:
            self.reload()

    def reload(self) -> None:
        """Read the play (after an own write too: SQLite counts only other connections' writes)."""
        self.version = live.data_version(self.store)
        try:
            self.play = live.read(self.store, self.play_id)
        except StoreError as exc:
            self.notify(t(exc.code, self.lang, **exc.params), severity="error")
            return
        self.moments, self.end = live.walk(self.lib, self.play.flow_id, self.play.path)
        if self.play.status == live.AFTER and self.after_screen() is not None:
            self.app.switch_screen(self.after_screen())
            return
        self.show()

    async def show_lang(self) -> None:
        self.relabel()

    def compose_moment(self, note_id: str) -> ComposeResult:
        """The title bar and a column with the current moment, its situation and a note below."""
        yield Static(id="topbar", markup=False)
        with VerticalScroll(classes="live-col"):
            yield Static(id="live-now", classes="live-col-title", markup=False)
            yield Static(id="live-situation", markup=False)
            yield Static(id=note_id, classes="live-hint", markup=False)

    def show_moment(self) -> None:
        self.query_one("#topbar", Static).update(self.heading())
        self.query_one("#live-now", Static).update(self.moment_name())
        self.query_one("#live-situation", Static).update(self.situation())

    def relabel(self) -> None:
        """The language was switched (palette)."""
        _apply(self, self.KEYS, self.lang)
        self.reload()

    def after_screen(self):
        """The screen this role goes on with once the play is over."""
        return LiveDebriefScreen(self.play_id, self.role_id, self.role)

    def show(self) -> None:
        raise NotImplementedError

    def heading(self) -> str:
        flow = self.lib.flows.get(self.play.flow_id)
        name = flow.title.get(self.lang) if flow else self.play.flow_id
        return f"{t('live.title', self.lang)} — {t('live.role.' + self.role, self.lang)} · {name}"

    def moment_name(self) -> str:
        m = self.moment
        if m is None or m.choice is None:  # the closing lines, or past them: the trainer ends the play
            done = (t("live.end-reached", self.lang, key="Ctrl+E") if self.role == "trainer"
                    else t("live.end-wait", self.lang))
            return done if m is None else f"{t('live.moment', self.lang, n=m.index + 1)} — {done}"
        return t("live.moment", self.lang, n=m.index + 1)

    def situation(self) -> str:
        """The current moment as the worker sees it; past the last one, how the scenario ends."""
        m = self.moment
        if m is not None:
            return live.situation(m, self.lang)
        return self.end.text.get(self.lang) if self.end is not None and self.end.text else ""

    def fill_closest(self, options: OptionList) -> None:
        m = self.moment
        items = []
        if m is not None and m.choice is not None:
            items = [Option(o.label.get(self.lang), id=f"o:{o.value}") for o in m.options()]
            items.append(Option(t("live.other", self.lang), id="o:" + live.OTHER))
        key = (self.play.current, self.lang)
        if getattr(options, "_live_key", None) != key:  # keep the highlight while nothing moved
            options._live_key = key
            options.set_options(items)
            options.highlighted = 0 if items else None
        options.display = bool(items)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        oid = event.option.id or ""
        if event.option_list.id == "live-closest" and oid.startswith("o:"):
            event.stop()
            self.mark_closest(oid[2:])

    def mark_closest(self, value: str) -> None:
        try:
            moved = live.mark_closest(self.store, self.play_id, self.play.current, value)
        except StoreError as exc:
            self.notify(t(exc.code, self.lang, **exc.params), severity="error")
            return
        if not moved:
            self.notify(t("live.closest.taken", self.lang))
        elif value == live.OTHER:
            self.notify(t("live.other.note", self.lang))
        self.reload()

    def action_close(self) -> None:
        self.app.pop_screen()


# -- start or join ----------------------------------------------------------------------

class LiveEntryScreen(GuideScreen):
    """Start a live play as trainer (choose a scenario), or join one with its code."""

    DEFAULT_CSS = CSS
    BINDINGS = [Binding("escape", "close", show=False)]

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        yield Static(t("live.title", lang), id="topbar", markup=False)
        with Horizontal(id="live-entry-body"):
            with Vertical():  # first: what most people in the room do, and where the keys go first
                yield Label(t("live.join.title", lang), classes="section")
                yield Input(placeholder=t("live.join.placeholder", lang), id="live-code", max_length=12)
                yield Label(t("live.join.as", lang))
                with Vertical(id="live-roles"):
                    for role in ("worker", "coach", "observer", "trainer"):
                        label = "live.join.trainer" if role == "trainer" else "live.role." + role
                        yield Button(t(label, lang), id=f"join-{role}")
            with Vertical():
                yield Label(t("live.start.pick", lang), classes="section")
                yield OptionList(id="live-flows")
        yield Footer(compact=True, show_command_palette=False)

    async def show_lang(self) -> None:
        self.relabel()

    def relabel(self) -> None:
        """The language was switched (palette): build the screen again in it."""
        self.call_later(self._rebuild)

    async def _rebuild(self) -> None:
        await self.recompose()
        self.on_mount()

    def on_mount(self) -> None:
        lang = self.app.lang
        flows = self.query_one("#live-flows", OptionList)
        found = live.live_flows(self.app.lib) if self.app.lib else []
        flows.set_options([Option(f.title.get(lang), id=f.id) for f in found]
                          or [Option(t("live.error.no-scenario", lang), disabled=True)])
        self.query_one("#live-code", Input).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            try:
                play, role_id = live.start(self.app.store, event.option.id, self.app.lang)
            except StoreError as exc:
                self.notify(t(exc.code, self.app.lang, **exc.params), severity="error")
                return
            self.app.switch_screen(TrainerScreen(play.id, role_id, "trainer"))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#join-worker", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        role = (event.button.id or "").removeprefix("join-")
        code = self.query_one("#live-code", Input).value
        try:
            play, role_id = live.join(self.app.store, code, role)
        except StoreError as exc:
            self.notify(t(exc.code, self.app.lang, **exc.params), severity="error", timeout=8)
            self.query_one("#live-code", Input).focus()
            return
        self.notify(t("live.joined-as", self.app.lang, role=t("live.role." + role, self.app.lang), code=play.code))
        screen = {"worker": WorkerScreen, "coach": CoachScreen, "observer": ObserverScreen,
                  "trainer": TrainerScreen}[role]
        self.app.switch_screen(screen(play.id, role_id, role))

    def action_close(self) -> None:
        self.app.pop_screen()


# -- the trainer: side by side, for a projector ------------------------------------------

class TrainerScreen(LiveBase):
    KEYS = _spec(("live-back", "ctrl+b", "step_back", "live.key.back"),
                 ("live-finish", "ctrl+e", "finish", "live.key.finish"),
                 ("live-close", "escape", "close", "live.key.close"))

    def compose(self) -> ComposeResult:
        yield Static(id="topbar", markup=False)
        with Horizontal(id="live-head"):
            yield Static(id="live-codebox", classes="live-code", markup=False)
            with Vertical(id="live-side"):
                yield Static(id="live-joined", markup=False)
                yield Static(id="live-now", markup=False)
                yield Static(id="live-code-hint", classes="live-hint", markup=False)
        with Horizontal():
            for col in ("worker", "coach", "observers"):
                with VerticalScroll(classes="live-col", id=f"col-{col}"):
                    yield Static(classes="live-col-title", id=f"col-{col}-title", markup=False)
                    yield Static(id=f"col-{col}-body", markup=False)
        yield Label(id="live-closest-title", classes="section")
        yield OptionList(id="live-closest", classes="live-pick")
        yield Footer(compact=True, show_command_palette=False)

    def show(self) -> None:
        lang, play = self.lang, self.play
        self.on_resize()
        self.query_one("#topbar", Static).update(self.heading())
        self.query_one("#live-codebox", Static).update(f"{t('live.code', lang)}  " + "  ".join(play.code))
        self.query_one("#live-joined", Static).update(t(
            "live.joined", lang, worker=play.roles.get("worker", 0), coach=play.roles.get("coach", 0),
            observer=play.roles.get("observer", 0)))
        self.query_one("#live-now", Static).update(self.moment_name())
        self.query_one("#live-code-hint", Static).update(t("live.code.hint", lang))
        m = self.moment
        self.query_one("#col-worker-title", Static).update(t("live.col.worker", lang))
        self.query_one("#col-coach-title", Static).update(t("live.col.coach", lang))
        self.query_one("#col-observers-title", Static).update(t("live.col.observers", lang))
        self.query_one("#col-worker-body", Static).update(self.situation())
        cues = live.coach_cues(m, lang) if m else []
        self.query_one("#col-coach-body", Static).update(cue_text(cues))
        self.query_one("#col-observers-body", Static).update(observer_summary(self.lib, play, lang))
        self.query_one("#live-closest-title", Label).update(t("live.closest", lang) if m and m.choice else "")
        self.fill_closest(self.query_one("#live-closest", OptionList))

    def on_resize(self) -> None:
        self.set_class(self.app.size.height < 30, "-small")  # 80x24: the play keeps the room

    def action_step_back(self) -> None:
        live.step_back(self.store, self.play_id)
        self.reload()

    def action_finish(self) -> None:
        live.finish(self.store, self.play_id)
        self.reload()


def cue_text(cues: list[tuple[str, str]]) -> str:
    return "\n\n".join(f"› {head}\n{text}" for head, text in cues)


def observer_summary(lib, play: live.Play, lang: str) -> str:
    """Per moment played so far, newest first: tallies per krachtlijn and the latest notes."""
    lines = []
    for moment in range(play.current, -1, -1):
        tally = play.tally(moment)
        if not tally:
            continue
        lines.append(t("live.moment", lang, n=moment + 1))
        lines += [f"{n:>3} {'▮' * min(tally[n], 12)} {tally[n]}  {live.krachtlijn_name(lib, n, lang)}"
                  for n in sorted(tally)]
        lines += [f"  · {n}: {note}" for n, note in play.notes(moment)[-3:]]
    return "\n".join(lines) or t("live.no-marks-yet", lang)


# -- the worker --------------------------------------------------------------------------

class WorkerScreen(LiveBase):
    KEYS = _spec(("live-close", "escape", "close", "live.key.close"))

    def compose(self) -> ComposeResult:
        yield from self.compose_moment("live-worker-hint")
        yield Label(id="live-closest-title", classes="section")
        yield OptionList(id="live-closest", classes="live-pick")
        yield Footer(compact=True, show_command_palette=False)

    def show(self) -> None:
        m = self.moment
        self.show_moment()
        self.query_one("#live-worker-hint", Static).update("\n" + t("live.worker.hint", self.lang))
        self.query_one("#live-closest-title", Label).update(t("live.closest", self.lang) if m and m.choice else "")
        self.fill_closest(self.query_one("#live-closest", OptionList))


# -- the coach -------------------------------------------------------------------------

class CoachScreen(LiveBase):
    KEYS = _spec(("live-close", "escape", "close", "live.key.close"))

    def compose(self) -> ComposeResult:
        yield Static(id="topbar", markup=False)
        with VerticalScroll(classes="live-col"):
            yield Static(id="live-now", classes="live-col-title", markup=False)
            yield Static(id="live-cues", markup=False)
            yield Label(t("live.coach.sheet", self.app.lang), classes="section")
            yield Markdown("", id="live-sheet", open_links=False)
        yield Footer(compact=True, show_command_palette=False)

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


class InsideScreen(LiveBase):
    """After the play: the coach writes the binnenkant per moment, in their own words."""

    AUTO_FOCUS = "#live-inside-text"  # right after the play, typing goes into the editor
    KEYS = _spec(("live-save", "ctrl+s", "save", "live.key.save"),
                 ("live-debrief", "ctrl+d", "debrief", "live.key.debrief"))

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
                yield TextArea(id="live-inside-text", soft_wrap=True)
        yield Footer(compact=True, show_command_palette=False)

    def after_screen(self):
        return None  # this is the coach's screen after the play

    def on_mount(self) -> None:
        super().on_mount()
        self.set_focus(self.query_one("#live-inside-text", TextArea))  # now, not after the next key

    def show(self) -> None:
        lang = self.lang
        self.query_one("#topbar", Static).update(f"{t('live.inside.title', lang)} · {self.play.code}")
        self.query_one("#live-inside-hint", Static).update(t("live.inside.hint", lang, key="Ctrl+S"))
        moments = self.query_one("#live-inside-moments", OptionList)
        played = [m for m in self.moments if m.index <= self.play.current]  # the last one was played too
        rows = [Option(("✓ " if m.index in self.play.inside else "  ") + t("live.moment", lang, n=m.index + 1),
                       id=str(m.index)) for m in played]
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
        self.query_one("#live-inside-said", Static).update(f"{t('live.moment', self.lang, n=index + 1)}: «{said}»")
        self.query_one("#live-inside-text", TextArea).load_text(self.play.inside.get(index, ""))

    def action_save(self) -> None:
        if self.editing is None:
            return
        text = self.query_one("#live-inside-text", TextArea).text
        had = self.editing in self.play.inside
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


# -- the observers ---------------------------------------------------------------------

class ObserverScreen(LiveBase):
    KEYS = _spec(("live-close", "escape", "close", "live.key.close"))

    def compose(self) -> ComposeResult:
        yield from self.compose_moment("live-mine")
        yield Static(id="live-observe-hint", classes="live-hint", markup=False)
        yield Input(placeholder=t("live.observe.note", self.app.lang), id="live-note")
        yield OptionList(id="live-lines", classes="live-pick")
        yield Footer(compact=True, show_command_palette=False)

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
        mine = {}
        for mark in self.play.marks:
            if mark.role_id == self.role_id and mark.moment == self.play.current:
                mine[mark.krachtlijn] = mine.get(mark.krachtlijn, 0) + 1
        tally = ", ".join(f"{n}×{c}" for n, c in sorted(mine.items())) or "–"
        self.query_one("#live-mine", Static).update("\n" + t("live.observe.mine", lang, tally=tally))
        self.query_one("#live-observe-hint", Static).update(t("live.observe.hint", lang))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#live-lines", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id != "live-lines":
            return
        event.stop()
        n = int(event.option.id)
        note = self.query_one("#live-note", Input)
        moment = self.play.current
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


# -- the live debrief ---------------------------------------------------------------------

class LiveDebriefScreen(LiveBase):
    KEYS = _spec(("live-export", "ctrl+r", "export", "live.key.export"),
                 ("live-close", "escape", "close", "live.key.close"))

    def compose(self) -> ComposeResult:
        yield Static(id="topbar", markup=False)
        yield Static(id="live-after", classes="live-hint", markup=False)
        with VerticalScroll(id="live-debrief-body"):
            yield Markdown("", id="live-debrief", open_links=False)
        yield Footer(compact=True, show_command_palette=False)

    def after_screen(self):
        return None

    def show(self) -> None:
        lang = self.lang
        self.query_one("#topbar", Static).update(f"{t('live.debrief.title', lang)} · {self.play.code}")
        self.query_one("#live-after", Static).update(t("live.after", lang) if self.play.status == live.AFTER else "")
        text = live.debrief_markdown(self.lib, self.play, lang)
        if text != getattr(self, "_shown", None):
            self._shown = text
            self.query_one("#live-debrief", Markdown).update(text)

    def action_export(self) -> None:
        path = export_debrief(self.app, self.play)
        if path is not None:
            self.notify(t("live.exported", self.lang, path=path), timeout=10)


def export_debrief(app, play: live.Play):
    """The live debrief as HTML and Markdown in the exports folder."""
    target = paths.data_dir(app.data_dir) / "exports" / f"live-{play.code}.html"
    try:
        make_private_dir(target.parent)
        write_private(target, live.debrief_html(app.lib, play, app.lang).encode())
        write_private(target.with_suffix(".md"), live.debrief_markdown(app.lib, play, app.lang).encode())
    except StoreError as exc:
        app.notify(t(exc.code, app.lang, **exc.params), severity="error", timeout=10)
        return None
    return target


def open_live(app) -> None:
    """The palette's "Live role-play": start or join."""
    if app.store is None or app.lib is None:
        app.notify(t("home.store-failed", app.lang, error=app.store_error or "?"), severity="error")
        return
    app.push_screen(LiveEntryScreen())
