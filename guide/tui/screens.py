"""What the App asks of its full screens (home, conversation, report): one named contract, no probing."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual.message import Message
from textual.screen import ModalScreen, Screen

if TYPE_CHECKING:
    from guide.storage.sessions import Conversation
    from guide.tui.app import GuideApp


class OurApp:
    """Screens of ours know their app is a GuideApp (for the type checker; nothing at run time)."""

    if TYPE_CHECKING:
        @property
        def app(self) -> GuideApp: ...


class StoreChanged(Message):
    """Another process or tab wrote to the store (posted to the screen on top by the app's watcher)."""


class GuideScreen(OurApp, Screen):
    """A full screen of ours. The App calls these when something outside the screen changed."""

    conv: Conversation | None = None  # the session this screen shows, if any

    def refresh_lists(self) -> None:
        """Sessions or flows changed: a reload, the store opened, the window came back into focus."""

    async def show_lang(self) -> None:
        """The app's language changed: show every text again in it."""


Result = TypeVar("Result")


class GuideModal(OurApp, ModalScreen[Result]):
    """A dialog of ours, dismissed with a `Result`."""
