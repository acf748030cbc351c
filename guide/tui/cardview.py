"""The card panel: one widget that shows a card's Markdown as lines drawn once.

A card is drawn by Rich's Markdown renderer into lines for the panel's width and theme, kept, and
shown through the Line API. A step that changes the card repaints this one widget and lays out
nothing; Textual's Markdown widget mounts a widget per block and lays them all out again."""

from __future__ import annotations

from typing import ClassVar

from rich.markdown import Heading, Markdown
from rich.style import Style
from rich.theme import Theme
from textual.binding import Binding
from textual.color import Color
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from guide.base.textsafe import visible


class _Heading(Heading):
    """Headings on the left, as in the rest of the app (Rich centres the first level)."""

    LEVEL_ALIGN: ClassVar = dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6"), "left")


class _Card(Markdown):
    elements: ClassVar = {**Markdown.elements, "heading_open": _Heading}


class CardView(ScrollView, can_focus=True):
    KEPT = 12  # cards kept drawn; the least recently shown goes first
    # Tab goes back to the answer (the panel is last in the focus order: Tab would land on the transcript)
    BINDINGS = [Binding("tab", "screen.leave_card", show=False)]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.source = ""  # the Markdown shown
        self.lines: list[Strip] = []
        self._drawn: dict[tuple[str, int, str], list[Strip]] = {}  # (text, width, theme), latest last

    def show(self, text: str) -> None:
        """Show this card's text, from the top; drawn before, it is shown as it was drawn."""
        self.source = text
        self._draw()
        self.scroll_home(animate=False)

    def on_mount(self) -> None:
        self.watch(self.app, "theme", self._draw, init=False)

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0:
            return
        key = (self.source, width, self.app.theme)
        lines = self._drawn.pop(key, None)
        if lines is None:
            lines = self._lines_for(width)
        self._drawn[key] = lines
        while len(self._drawn) > self.KEPT:
            self._drawn.pop(next(iter(self._drawn)))
        self.lines = lines
        self.virtual_size = Size(width, len(lines))
        self.refresh()

    def _lines_for(self, width: int) -> list[Strip]:
        console = self.app.console
        options = console.options.update(width=width, height=None, highlight=False)
        with console.use_theme(self._theme()):
            # a card may come from someone else's folder: a control character is shown, never sent
            rendered = console.render_lines(_Card(visible(self.source)), options, pad=True)
        return [Strip(line, width) for line in rendered]

    def _theme(self) -> Theme:
        """The Markdown styles in the app's theme colours."""
        colours = self.app.get_css_variables()  # the current theme's, also right after a change

        def colour(name: str, fallback: str) -> str | None:
            value = colours.get(name) or colours.get(fallback)
            if not value or value == "transparent":
                return None
            return Color.parse(value).rich_color.name

        # text-primary and text-accent: Textual's variants of the theme colours made to be read as text
        heading, accent = colour("text-primary", "foreground"), colour("text-accent", "foreground")
        return Theme({
            "markdown.h1": Style(color=heading, bold=True),
            "markdown.h2": Style(color=heading, bold=True),
            "markdown.h3": Style(bold=True),
            "markdown.item.bullet": Style(color=accent, bold=True),
            "markdown.item.number": Style(color=accent),
            "markdown.link": Style(color=accent, underline=True),
            "markdown.link_url": Style(color=accent),
            "markdown.block_quote": Style(italic=True),
        }, inherit=True)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        index = scroll_y + y
        style = self.rich_style
        if index >= len(self.lines):
            return Strip.blank(width, style)
        return self.lines[index].crop_extend(scroll_x, scroll_x + width, style).apply_style(style)
