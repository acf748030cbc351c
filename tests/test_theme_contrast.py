"""Every theme of ours meets WCAG 2.1 AA, computed from the theme's own colours.

The pairs are the ones the app's tcss files draw (guide/tui/*.tcss and Textual's own widgets):
body and muted text, section headings (secondary), the presenter's accent, notices, the
highlighted row of a list, the top bar, the footer, on each background they appear on.
Text needs 4.5:1; a focus ring (the border a focused widget gets) needs 3:1 against what is
around it. ANSI themes take the terminal's own colours: there is nothing to compute.
"""

from __future__ import annotations

import pytest
from textual.color import Color

from guide.tui import themes

TEXT, RING = 4.5, 3.0


def resolve(variables: dict, name: str, under: Color) -> Color:
    """A theme variable as the colour it paints over `under` (Textual's 'auto N%' and alpha included)."""
    value = variables[name]
    if value.startswith("auto"):
        alpha = float(value.split()[1].rstrip("%")) / 100 if " " in value else 1.0
        return under + under.get_contrast_text(alpha)
    colour = Color.parse(value)
    return under + colour if colour.a < 1 else colour


def ratio(a: Color, b: Color) -> float:
    def luminance(c: Color) -> float:
        def channel(v: int) -> float:
            s = v / 255
            return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# (what, foreground variable, background variable, minimum)
PAIRS = [
    (f"{fg} on {bg}", fg, bg, TEXT)
    for fg in ("text", "foreground", "text-muted", "secondary", "accent", "warning", "error")
    for bg in ("background", "surface", "panel")
] + [
    ("highlighted row", "block-cursor-foreground", "block-cursor-background", TEXT),
    ("highlighted row, list not focused", "block-cursor-blurred-foreground",
     "block-cursor-blurred-background", TEXT),
    ("top bar", "text", "primary", TEXT),
    ("footer keys", "footer-key-foreground", "footer-background", TEXT),
    ("footer words", "footer-description-foreground", "footer-background", TEXT),
    ("focus ring on the screen", "border", "background", RING),
    ("focus ring on a panel", "border", "surface", RING),
]


@pytest.mark.parametrize("theme", themes.OURS, ids=lambda th: th.name)
def test_every_colour_pair_the_app_draws_meets_aa(theme):
    variables = theme.to_color_system().generate()
    variables.update(theme.variables)
    short = []
    for what, fg, bg, need in PAIRS:
        back = resolve(variables, bg, Color.parse(variables["background"]))
        got = ratio(resolve(variables, fg, back), back)
        if got < need:
            short.append(f"{what}: {got:.2f}:1, needs {need}:1")
    assert not short, short


def test_a_high_contrast_theme_is_offered():
    assert themes.HIGH_CONTRAST in themes.OURS
    assert themes.HIGH_CONTRAST.name in themes.THEMES
