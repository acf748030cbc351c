"""The live debrief: on screen, and exported as HTML and Markdown."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown, Static

from guide.base import paths
from guide.base.errors import StoreError
from guide.base.files import write_pages
from guide.base.i18n import t
from guide.classroom import live
from guide.tui import keys
from guide.tui.footer import KeyFooter
from guide.tui.live.base import LiveBase


class LiveDebriefScreen(LiveBase):
    KEY_SPEC = keys.LIVE_DEBRIEF_KEYS

    def compose(self) -> ComposeResult:
        yield Static(id="topbar", markup=False)
        yield Static(id="live-after", classes="live-hint", markup=False)
        with VerticalScroll(id="live-debrief-body"):
            yield Markdown("", id="live-debrief", open_links=False)
        yield KeyFooter(compact=True, show_command_palette=False)

    def show(self) -> None:
        lang = self.lang
        self.query_one("#topbar", Static).update(f"{t('live.debrief.title', lang)} · {self.shown.code}")
        self.query_one("#live-after", Static).update(self.after_text())
        text = live.debrief_markdown(self.lib, self.shown, lang)
        if text != getattr(self, "_shown", None):
            self._shown = text
            self.query_one("#live-debrief", Markdown).update(text)

    def after_text(self) -> str:
        """Once the play is over: what comes next; the trainer also reads which keys do what."""
        if self.shown.status != live.AFTER:
            return ""
        if self.role != "trainer":
            return t("live.after", self.lang)
        return t("live.after.trainer", self.lang, export=self.key_name("live-export"),
                 close=self.key_name("live-close"))

    def action_export(self) -> None:
        path = export_debrief(self.app, self.shown)
        if path is not None:
            self.notify(t("live.exported", self.lang, path=path), timeout=10)


def export_debrief(app, play: live.Play):
    """The live debrief as HTML and Markdown in the exports folder."""
    target = paths.data_dir(app.data_dir) / "exports" / f"live-{play.code}.html"
    try:
        write_pages(target, live.debrief_html(app.lib, play, app.lang),
                    live.debrief_markdown(app.lib, play, app.lang))
    except StoreError as exc:
        app.notify(t(exc.code, app.lang, **exc.params), severity="error", timeout=10)
        return None
    return target
