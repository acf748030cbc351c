"""What the App asks of its full screens (home, conversation, report): one named contract, no probing."""

from __future__ import annotations

from textual.screen import Screen


class GuideScreen(Screen):
    """A full screen of ours. The App calls these when something outside the screen changed."""

    conv = None  # the session this screen shows, if any (guide.storage.sessions.Conversation)

    def refresh_lists(self) -> None:
        """Sessions or flows changed: a reload, the store opened, the window came back into focus."""

    async def show_lang(self) -> None:
        """The app's language changed: show every text again in it."""

    def keys_held(self, count: int) -> None:
        """`count` keys typed before this screen could take them wait for it (App.hold_keys)."""
