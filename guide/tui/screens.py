"""What the App asks of its full screens (home, conversation, report): one named contract, no probing."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual.message import Message
from textual.screen import ModalScreen, Screen

if TYPE_CHECKING:
    from textual import getters

    from guide.storage.sessions import Conversation
    from guide.tui.app import GuideApp
    from guide.tui.keys import KeySpec


class StoreChanged(Message):
    """Another process or tab wrote to the store (posted to the screen on top by the app's watcher)."""


LOW_ROWS = 30  # a terminal lower than this is "low" (80x24): lists shorter, fewer lines around them


class GuideScreen(Screen):
    """A full screen of ours. The App calls these when something outside the screen changed."""

    if TYPE_CHECKING:  # our screens know their app is a GuideApp (for the type checker; nothing at run time)
        app = getters.app(GuideApp)

    conv: Conversation | None = None  # the session this screen shows, if any
    KEY_SPEC: ClassVar[list[KeySpec]] = []  # this screen's own keys (guide.tui.keys), which F1 lists

    def mark_low(self) -> None:
        """Below LOW_ROWS the screen has the -low class: its CSS keeps what matters in view."""
        self.set_class(self.app.size.height < LOW_ROWS, "-low")

    def refresh_lists(self) -> None:
        """Sessions or flows changed: a reload, the store opened, the window came back into focus."""

    async def show_lang(self) -> None:
        """The app's language changed: show every text again in it."""

    def keys_held(self, count: int) -> None:
        """`count` keys typed before this screen could take them wait for it (App.hold_keys)."""

    async def show_binnenkant(self) -> None:
        """The trainer changed when a client line's inner side shows: show the lines again."""


Result = TypeVar("Result")


class GuideModal(ModalScreen[Result]):
    """A dialog of ours, dismissed with a `Result`."""

    if TYPE_CHECKING:
        app = getters.app(GuideApp)
