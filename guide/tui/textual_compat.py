"""Every use of a private Textual name, in one place, each with the reason.

Textual is pinned exactly (tests/test_packaging.py names the version): when it is upgraded, read
this module again, and the textual-serve overrides in guide/web/ (each marked "private:").
"""

from __future__ import annotations

import codecs
import functools

from rich.align import Align
from rich.text import Text
from textual import _time
from textual.binding import BindingsMap
from textual.command import CommandList, CommandPalette
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets.option_list import Option


def tolerant_terminal_input() -> None:
    """Bytes typed into the terminal that are not UTF-8 become U+FFFD instead of ending the app."""
    from textual.drivers import linux_driver  # deferred: only where the app runs in a terminal

    # private: the terminal driver decodes its input strictly and offers no option to do otherwise
    linux_driver.getincrementaldecoder = lambda name: functools.partial(
        codecs.getincrementaldecoder(name), errors="replace")


def event_clock() -> float:
    """The clock Textual stamps events with (`event.time`)."""
    return _time.get_time()  # private: the event clock has no public name; a key is compared with it


def set_bindings(node, bindings: BindingsMap) -> None:
    """Give a screen or the app these bindings on top of the ones its class declares."""
    # private: Textual builds bindings once from the class; a language switch has to rebuild them
    merged = dict(type(node)._merge_bindings().key_to_bindings)
    merged.update(bindings.key_to_bindings)
    node._bindings = BindingsMap.from_keys(merged)
    node.refresh_bindings()


def footer_ready(footer: Footer) -> bool:
    """The footer has read the screen's bindings (Textual's footer waits for them before it draws)."""
    return footer._bindings_ready  # private: the footer's own readiness flag, no public name


def being_removed(widget: Widget) -> bool:
    """The widget is being taken off its screen: a late rebuild must leave it alone."""
    return widget._pruning  # private: Textual checks the same flag before its own recompose


async def priority_binding(app, key: str) -> bool:
    """Run the priority binding for `key` on the screen now on top, as when the key arrives
    (True: one ran)."""
    return await app._check_bindings(key, priority=True)  # private: the app's own first step for a key


def forward_key(target, event) -> None:
    """Give a key that was held back to `target` (the focused widget or the screen), as Textual would have."""
    target._forward_event(event)  # private: the app's way of handing a key to the focused widget


def keymap(app) -> dict[str, str]:
    """The user's rebinding as the app holds it ({binding id: keys}), after `App.set_keymap`."""
    return app._keymap  # private: set_keymap has no public getter


class OwnWordsPalette(CommandPalette):
    """The command palette, with its "no matches" line in the app's language."""

    def no_matches(self) -> str:
        raise NotImplementedError

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # private: Textual's "No matches found" is English only, with no hook to translate it
        self._stop_no_matches_countdown()

        def show() -> None:
            if search_value:
                text = Text(self.no_matches(), style="not bold")
                self.query_one(CommandList).add_option(Option(Align.center(text), disabled=True,
                                                              id=self._NO_MATCHES))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show)
