"""The command palette and the theme picker, in the app's language (Textual's are English only)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import CommandInput, DiscoveryHit, Hit, Hits, Provider

from guide.base.i18n import t
from guide.tui.textual_compat import OwnWordsPalette
from guide.tui.themes import THEMES

if TYPE_CHECKING:
    from textual import getters

    from guide.tui.app import GuideApp


class Palette(OwnWordsPalette):
    if TYPE_CHECKING:  # ours, opened by the GuideApp (for the type checker; nothing at run time)
        app = getters.app(GuideApp)

    def __init__(self, lang: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.lang = lang

    def on_mount(self) -> None:
        self.query_one(CommandInput).cursor_blink = self.app.blink  # off in tests

    def no_matches(self) -> str:
        return t("cmd.no-matches", self.lang)


class ThemeChoices(Provider):
    """Our calm themes and the terminal's own colours, named in the app's language."""

    if TYPE_CHECKING:
        @property
        def app(self) -> GuideApp: ...

    @property
    def choices(self) -> list[tuple[str, Callable[[], None]]]:
        app = self.app

        def use(name: str) -> None:
            app.theme = name

        return [
            (t("theme." + name, app.lang), partial(use, name))
            for name in THEMES
            if name in app.available_themes
        ]

    async def discover(self) -> Hits:
        for title, callback in self.choices:
            yield DiscoveryHit(title, callback)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback in self.choices:
            if (score := matcher.match(title)) > 0:
                yield Hit(score, matcher.highlight(title), callback)
