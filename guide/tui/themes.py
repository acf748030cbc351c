"""The app's themes: two calm ones of our own, and the names offered in the theme picker."""

from __future__ import annotations

from textual.theme import Theme

_COLOURS = ("primary", "secondary", "accent", "warning", "error", "success",
            "foreground", "background", "surface", "panel")
CALM = Theme(name="bindkracht", dark=True, **dict(zip(_COLOURS, (
    "#3d7a6b", "#8a6f4d", "#c9a227", "#d08c3a", "#b9504a", "#5c8f4e",
    "#e9e4da", "#1d2624", "#26312e", "#2e3b37"), strict=True)))
CALM_LIGHT = Theme(name="bindkracht-light", dark=False, **dict(zip(_COLOURS, (
    "#2f6b5c", "#7a5f3d", "#9c7a12", "#b06d1f", "#a3403a", "#4b7a3f",
    "#1f2a27", "#f5f1e8", "#ece6d9", "#e2dccd"), strict=True)))
OURS = (CALM, CALM_LIGHT)
DEFAULT = CALM.name

# the themes offered, by name; Textual's others carry English names and look alike
THEMES = ("bindkracht", "bindkracht-light", "ansi-dark", "ansi-light")
