"""The app's themes: three of our own (calm dark, calm light, high contrast), and the names
offered in the theme picker. Every pair of colours the app draws meets WCAG 2.1 AA
(tests/test_theme_contrast.py computes it from these values)."""

from __future__ import annotations

from textual.theme import Theme

_COLOURS = ("primary", "secondary", "accent", "warning", "error", "success",
            "foreground", "background", "surface", "panel")
CALM = Theme(name="bindkracht", dark=True, variables={"border": "#4a9481"}, **dict(zip(_COLOURS, (
    "#366c5f", "#baa283", "#c9a227", "#d59951", "#d59592", "#5c8f4e",
    "#e9e4da", "#1d2624", "#26312e", "#2e3b37"), strict=True)))
CALM_LIGHT = Theme(name="bindkracht-light", dark=False, **dict(zip(_COLOURS, (
    "#2f6b5c", "#735a3a", "#735a0d", "#855217", "#a3403a", "#4b7a3f",
    "#1f2a27", "#f5f1e8", "#ece6d9", "#e2dccd"), strict=True)))
HIGH_CONTRAST = Theme(name="bindkracht-contrast", dark=True, variables={
    "border": "#ffff00", "block-cursor-background": "#ffff00", "block-cursor-foreground": "#000000",
    "block-cursor-blurred-background": "#404040", "block-cursor-blurred-foreground": "#ffffff",
    "footer-key-foreground": "#ffff00", "text-muted": "#d0d0d0",
}, **dict(zip(_COLOURS, (
    "#004c99", "#ffd75f", "#7fdbff", "#ffb347", "#ff8f8f", "#8fff8f",
    "#ffffff", "#000000", "#0d0d0d", "#1a1a1a"), strict=True)))
OURS = (CALM, CALM_LIGHT, HIGH_CONTRAST)
DEFAULT = CALM.name

# the themes offered, by name; Textual's others carry English names and look alike
THEMES = ("bindkracht", "bindkracht-light", "bindkracht-contrast", "ansi-dark", "ansi-light")
