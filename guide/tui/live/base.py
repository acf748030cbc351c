"""What every live screen shares: it reads the play, again whenever the store changes (the app's one
watcher posts StoreChanged), and shows the current moment."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from guide.base.errors import StoreError
from guide.base.i18n import t
from guide.classroom import live
from guide.tui import keys
from guide.tui.screens import GuideScreen, StoreChanged

if TYPE_CHECKING:
    from guide.flows.library import Library
    from guide.flows.model import Step
    from guide.storage.store import Store

CSS = Path(__file__).parent / "live.tcss"


class LiveBase(GuideScreen):
    """Reads the play, and again whenever another process wrote to the store."""

    CSS_PATH = CSS  # read when the first live screen opens

    def __init__(self, play_id: int, role_id: int, role: str) -> None:
        super().__init__(classes="live")
        self.play_id, self.role_id, self.role = play_id, role_id, role
        self.play: live.Play | None = None
        self.moments: list[live.Moment] = []
        self.end: Step | None = None

    @property
    def lang(self) -> str:
        return self.app.lang

    @property
    def lib(self) -> Library:
        assert self.app.lib is not None  # live screens open only once the flows are loaded (open_live)
        return self.app.lib

    @property
    def store(self) -> Store:
        assert self.app.store is not None  # live screens open only with a store (open_live)
        return self.app.store

    @property
    def shown(self) -> live.Play:
        """The play as last read: a screen reads it when it mounts, before it shows anything."""
        assert self.play is not None
        return self.play

    @property
    def moment(self) -> live.Moment | None:
        """The moment being played now (None once every choice is marked and no lines are left)."""
        if self.play is None:
            return None
        return next((m for m in self.moments if m.index == self.play.current), None)

    def on_mount(self) -> None:
        keys.apply(self, self.KEY_SPEC, self.lang)
        self.reload()
        self.app.follow_store()
        if self.query("#live-closest"):
            self.query_one("#live-closest").focus()

    def on_store_changed(self, _message: StoreChanged) -> None:
        """Another process or tab wrote to the store (the app's one watcher)."""
        self.reload()

    def on_screen_resume(self) -> None:
        if self.play is not None:  # back from a dialog: what changed meanwhile was not seen
            self.reload()

    def reload(self) -> None:
        """Read the play again (after an own write too: SQLite counts only other connections' writes)."""
        try:
            play = self.play = live.read(self.store, self.play_id)
        except StoreError as exc:
            self.notify(t(exc.code, self.lang, **exc.params), severity="error")
            return
        self.moments, self.end = live.walk(self.lib, play.flow_id, play.path)
        after = self.after_screen() if play.status == live.AFTER else None
        if after is not None:
            self.app.switch_screen(after)
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
        keys.apply(self, self.KEY_SPEC, self.lang)
        self.reload()

    def after_screen(self) -> GuideScreen | None:
        """The screen this role goes on with once the play is over (None: stay)."""
        return None

    def show(self) -> None:
        raise NotImplementedError

    def heading(self) -> str:
        flow = self.lib.flows.get(self.shown.flow_id)
        name = flow.title.get(self.lang) if flow else self.shown.flow_id
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

    def key_name(self, bid: str) -> str:
        """How the key of binding `bid` reads on this screen now (rebinding in keys.toml applied)."""
        for key, active in self.active_bindings.items():
            if active.binding.id == bid and keys.works_here(key):
                return keys.display(key)
        return ""

    def action_close(self) -> None:
        self.app.pop_screen()
