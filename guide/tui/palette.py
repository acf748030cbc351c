"""The command palette and the theme picker, in the app's language (Textual's are English only)."""

from __future__ import annotations

from functools import partial

from rich.align import Align
from rich.text import Text
from textual.command import CommandInput, CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.widgets.option_list import Option

from guide.base.i18n import t
from guide.tui.themes import THEMES


class Palette(CommandPalette):
    def __init__(self, lang: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.lang = lang

    def on_mount(self) -> None:
        self.query_one(CommandInput).cursor_blink = getattr(self.app, "blink", True)  # off in tests

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """As Textual's, with "No matches found" in the app's language."""
        self._stop_no_matches_countdown()

        def show() -> None:
            if search_value:
                text = Text(t("cmd.no-matches", self.lang), style="not bold")
                self.query_one(CommandList).add_option(Option(Align.center(text), disabled=True, id=self._NO_MATCHES))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show)


class ThemeChoices(Provider):
    """Our calm themes and the terminal's own colours, named in the app's language."""

    @property
    def choices(self) -> list[tuple[str, object]]:
        app = self.app

        def use(name: str) -> None:
            app.theme = name

        return [(t("theme." + name, app.lang), partial(use, name)) for name in THEMES if name in app.available_themes]

    async def discover(self) -> Hits:
        for title, callback in self.choices:
            yield DiscoveryHit(title, callback)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback in self.choices:
            if (score := matcher.match(title)) > 0:
                yield Hit(score, matcher.highlight(title), callback)
