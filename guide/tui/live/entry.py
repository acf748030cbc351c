"""Start a live play as trainer, or join one with its code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from guide.base.errors import StoreError
from guide.base.i18n import t
from guide.classroom import live
from guide.tui import keys
from guide.tui.footer import KeyFooter
from guide.tui.live.base import CSS
from guide.tui.live.roles import CoachScreen, ObserverScreen, WorkerScreen
from guide.tui.live.trainer import TrainerScreen
from guide.tui.screens import GuideScreen
from guide.tui.widgets import Field

if TYPE_CHECKING:
    from guide.storage.store import Store


class LiveEntryScreen(GuideScreen):
    """Start a live play as trainer (choose a scenario), or join one with its code."""

    CSS_PATH = CSS
    KEY_SPEC = keys.LIVE_VIEW_KEYS

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        yield Static(t("live.title", lang), id="topbar", markup=False)
        with Horizontal(id="live-entry-body"):
            with Vertical():  # first: what most people in the room do, and where the keys go first
                yield Label(t("live.join.title", lang), classes="section")
                yield Field(placeholder=t("live.join.placeholder", lang), id="live-code", max_length=12)
                yield Label(t("live.join.as", lang))
                with Vertical(id="live-roles"):
                    for role in ("worker", "coach", "observer", "trainer")[:None if self.app.leads else 3]:
                        label = "live.join.trainer" if role == "trainer" else "live.role." + role
                        yield Button(t(label, lang), id=f"join-{role}")
            with Vertical():
                yield Label(t("live.start.pick", lang), classes="section")
                if self.app.leads:
                    yield OptionList(id="live-flows")
                else:  # a participant in `serve`: the trainer starts the play (guide/web/server.py)
                    yield Static(t("serve.trainer.only-live", lang), id="live-not-trainer", markup=False)
        yield KeyFooter(compact=True, show_command_palette=False)

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
        keys.apply(self, self.KEY_SPEC, lang)
        found = live.live_flows(self.app.lib) if self.app.lib else []
        for flows in self.query("#live-flows").results(OptionList):
            flows.set_options([Option(f.title.get(lang), id=f.id) for f in found]
                              or [Option(t("live.error.no-scenario", lang), disabled=True)])
            flows.highlighted = 0 if found else None  # Enter starts the first scenario without a Down first
        self.query_one("#live-code", Input).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id and self.app.leads:
            try:
                play, role_id = live.start(self.store(), event.option.id, self.app.lang)
            except StoreError as exc:
                self.notify(t(exc.code, self.app.lang, **exc.params), severity="error")
                return
            self.app.switch_screen(TrainerScreen(play.id, role_id, "trainer"))

    def store(self) -> Store:
        assert self.app.store is not None  # open_live opens this screen only with a store
        return self.app.store

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#join-worker", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        role = (event.button.id or "").removeprefix("join-")
        code = self.query_one("#live-code", Input).value
        try:
            play, role_id = live.join(self.store(), code, role, leads=self.app.leads)
        except StoreError as exc:
            self.notify(t(exc.code, self.app.lang, **exc.params), severity="error", timeout=8)
            self.query_one("#live-code", Input).focus()
            return
        self.notify(t("live.joined-as", self.app.lang, role=t("live.role." + role, self.app.lang),
                      code=play.code))
        screen = {"worker": WorkerScreen, "coach": CoachScreen, "observer": ObserverScreen,
                  "trainer": TrainerScreen}[role]
        self.app.switch_screen(screen(play.id, role_id, role))

    def action_close(self) -> None:
        self.app.pop_screen()


def open_live(app) -> None:
    """The palette's "Live role-play": start or join."""
    if app.store is None or app.lib is None:
        app.notify(t("home.store-failed", app.lang, error=app.store_error or "?"), severity="error")
        return
    app.push_screen(LiveEntryScreen())
