"""The transcript: the whole conversation scrolls, only a window of it is mounted.

The screen hands over every item; about the last INITIAL are mounted. Scrolling to the top
mounts the batch before, scrolling to the bottom of the window the batch after, and the window
never holds more than MOST messages, so an answer costs the same at message 50 and 5,000.
Home jumps to the first message, End back to the latest. While a batch goes in or out, the
message the reader looks at stays where it is on screen (see `arrange`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import VerticalScroll
from textual.scrollbar import ScrollBar
from textual.widget import Widget

from guide.artefacts.transcript import Item
from guide.tui.widgets import Msg

if TYPE_CHECKING:
    from textual.layout import DockArrangeResult

INITIAL = 40  # mounted when the transcript is drawn
BATCH = 40  # mounted per step back or forward
MOST = 120  # never more mounted than this


class Transcript(VerticalScroll):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.items: list[Item] = []
        self.start = 0  # self.children show self.items[start:end]
        self.end = 0
        self._keep: tuple[Widget, int, float] | None = None  # (message, its y, scroll_y) to hold still
        self._arranged: DockArrangeResult | None = None  # the last arrangement, for the messages' positions
        self._busy = False

    def on_mount(self) -> None:
        self.anchor()
        self.watch(self, "scroll_y", self._scrolled, init=False)

    @property
    def at_end(self) -> bool:
        return self.end == len(self.items)

    async def show(self, items: list[Item]) -> None:
        """Draw the conversation anew, the latest message in view."""
        self.items = list(items)
        await self._window(max(0, len(self.items) - INITIAL), len(self.items))
        self.anchor()

    def add(self, items: list[Item]) -> None:
        """New messages at the end, in view. A reader who scrolled back is brought to them."""
        if not self.at_end:
            self.items += items
            self.call_later(self.action_scroll_end)
            return
        self.items += items
        self.mount_all([Msg(item) for item in items])
        self.end = len(self.items)
        # as many leave at the top as came in: the height stays about the same, which spares
        # Textual a second layout pass for a changed scroll height
        extra = self.end - self.start - INITIAL
        if extra > 0:
            self.remove_children(list(self.children)[:extra])
            self.start += extra
        if not self.is_anchored or self.scroll_y < self.max_scroll_y:
            self.anchor()  # scrolled up a little: back to the latest (an anchored view follows by itself)

    async def _window(self, start: int, end: int) -> None:
        await self.remove_children()
        self.start, self.end = start, end
        await self.mount_all([Msg(item) for item in self.items[start:end]])

    # -- scrolling back and forth ---------------------------------------------------
    def _scrolled(self, _old: float, new: float) -> None:
        if self._busy:
            return
        if new <= 0 and self.start > 0:
            self.call_later(self.earlier)
        elif new >= self.max_scroll_y and not self.at_end:
            self.call_later(self.later)
        elif new >= self.max_scroll_y and not self.is_anchored:
            self.anchor()  # back at the latest message: follow new ones again

    async def earlier(self) -> None:
        """Mount the batch before the window; the reader's place stays put."""
        if self._busy or self.start == 0 or not self.children:
            return
        self._busy = True
        self._hold(self.children[0])
        start = max(0, self.start - BATCH)
        await self.mount_all([Msg(item) for item in self.items[start:self.start]], before=0)
        self.start = start
        extra = self.end - self.start - MOST
        if extra > 0:
            self.anchor(False)  # the latest messages left the window: nothing to follow
            await self.remove_children(list(self.children)[-extra:])
            self.end -= extra
        self.call_after_refresh(self._settled)

    async def later(self) -> None:
        """Mount the batch after the window; the reader's place stays put."""
        if self._busy or self.at_end or not self.children:
            return
        self._busy = True
        self._hold(self.children[-1])
        end = min(len(self.items), self.end + BATCH)
        await self.mount_all([Msg(item) for item in self.items[self.end:end]])
        self.end = end
        extra = self.end - self.start - MOST
        if extra > 0:
            await self.remove_children(list(self.children)[:extra])
            self.start += extra
        self.call_after_refresh(self._settled)

    def _settled(self) -> None:
        self._keep = None
        self._busy = False

    def _hold(self, widget: Widget) -> None:
        placed = self._arranged and next((p for p in self._arranged.placements if p.widget is widget), None)
        if placed:
            self._keep = (widget, placed.region.y, self.scroll_y)

    def arrange(self, size, optimal: bool = False):
        """Textual's arrangement, and the scroll position moved by what went in or out above the
        held message. Here, in the layout itself, so no frame ever shows the jump."""
        arranged = super().arrange(size, optimal)
        self._arranged = arranged
        if self._keep is not None:
            widget, y, scroll_y = self._keep
            placed = next((p for p in arranged.placements if p.widget is widget), None)
            if placed is not None:
                new = max(0.0, scroll_y + placed.region.y - y)
                self.set_reactive(Widget.scroll_y, new)
                self.set_reactive(Widget.scroll_target_y, new)
                self.vertical_scrollbar.set_reactive(ScrollBar.position, new)
        return arranged

    async def action_scroll_home(self) -> None:  # type: ignore[override]  # Textual awaits an async action
        if self.start > 0 and not self._busy:
            self._busy = True
            self.anchor(False)
            await self._window(0, min(len(self.items), INITIAL))
            self.scroll_home(animate=False, immediate=True)
            self.call_after_refresh(self._settled)
        else:
            self.scroll_home(animate=False)

    async def action_scroll_end(self) -> None:  # type: ignore[override]  # Textual awaits an async action
        if not self.at_end:
            self._busy, self._keep = True, None
            await self._window(max(0, len(self.items) - INITIAL), len(self.items))
            self.call_after_refresh(self._settled)
        self.anchor()
