"""The app's themes: three of our own (calm dark, calm light, high contrast), and the names
offered in the theme picker. Every pair of colours the app draws meets WCAG 2.1 AA
(tests/test_theme_contrast.py computes it from these values)."""

from __future__ import annotations

from textual.theme import Theme

CALM = Theme(
    name="bindkracht", dark=True, primary="#366c5f", secondary="#baa283", accent="#c9a227",
    warning="#d59951", error="#d59592", success="#5c8f4e",
    foreground="#e9e4da", background="#1d2624", surface="#26312e", panel="#2e3b37",
    variables={"border": "#4a9481"})
CALM_LIGHT = Theme(
    name="bindkracht-light", dark=False, primary="#2f6b5c", secondary="#735a3a", accent="#735a0d",
    warning="#855217", error="#a3403a", success="#4b7a3f",
    foreground="#1f2a27", background="#f5f1e8", surface="#ece6d9", panel="#e2dccd")
HIGH_CONTRAST = Theme(
    name="bindkracht-contrast", dark=True, primary="#004c99", secondary="#ffd75f", accent="#7fdbff",
    warning="#ffb347", error="#ff8f8f", success="#8fff8f",
    foreground="#ffffff", background="#000000", surface="#0d0d0d", panel="#1a1a1a",
    variables={
        "border": "#ffff00", "block-cursor-background": "#ffff00", "block-cursor-foreground": "#000000",
        "block-cursor-blurred-background": "#404040", "block-cursor-blurred-foreground": "#ffffff",
        "footer-key-foreground": "#ffff00", "text-muted": "#d0d0d0",
    })
OURS = (CALM, CALM_LIGHT, HIGH_CONTRAST)
DEFAULT = CALM.name

# the themes offered, by name; Textual's others carry English names and look alike
THEMES = ("bindkracht", "bindkracht-light", "bindkracht-contrast", "ansi-dark", "ansi-light")
